"""How a widget changes data and how every view hears of it: `run_operation`
(run.py) and the ChangeChannel with its `Changes` (changes.py)."""

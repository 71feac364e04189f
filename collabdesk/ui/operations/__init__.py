"""How a widget changes data, and how every view hears of it.

For a feature, three calls:

- Change something: `run_operation(self, lambda: desk.x.do(...),
  failure_title=self.tr("Not saved"), error_label=self.error)` (run.py). It
  shows the busy cursor, says a ServiceError/StoreError in the person's
  language (in the ErrorLabel given, else a message box) and returns
  `Done(value)`, or None when refused. A service that reports its steps
  takes the step function of `progress_steps(...)` for a delayed progress
  dialog.
- Follow changes: `window.changes.follow(view, TABLES, slot)` (changes.py):
  `slot(changes)` runs on the GUI thread after every commit that touches
  one of TABLES (PARTNER_TABLES, TRACKER_TABLES, COLLABORATION_TABLES,
  STATISTICS_TABLES, TRASH_TABLES, or your own set of table names), and
  after `Changes.all(...)` (a restore, other data opened, demo data). A
  hidden view may just remember to refresh when shown.
- Announce what the change log does not see: `run_operation(...,
  changes=Changes.all("import"))`, or `ChangeChannel.of(widget).announce(...)`.

Nothing else: no signal named after a feature, no reaching into another
feature's widgets to refresh them.
"""

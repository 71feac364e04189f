"""The small widget kit the features share: labels, prompts, forms, list models."""

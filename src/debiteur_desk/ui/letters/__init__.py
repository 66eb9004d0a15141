"""Letters in the window: make and preview one, print it, mark it sent, batches, own texts."""

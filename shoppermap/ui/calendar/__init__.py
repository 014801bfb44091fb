"""The activation calendar: the plan's actions as bars over the weeks, with the sales periods above."""

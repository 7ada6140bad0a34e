"""Check a news article against the inspection record: article text -> claims -> verdicts."""

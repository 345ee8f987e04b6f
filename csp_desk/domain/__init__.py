"""Pure rules of the producer's trade: no Qt, no SQL."""

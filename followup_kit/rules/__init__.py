"""Review rules, one module per family."""

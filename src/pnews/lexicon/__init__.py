"""Word lists and patterns, kept apart from the engines that use them."""

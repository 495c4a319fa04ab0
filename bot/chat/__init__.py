"""The Discord adapter: renders engine answers as Discord messages; holds no domain logic."""

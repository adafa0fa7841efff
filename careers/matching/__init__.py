"""The matching engine. Imports no Flask; takes plain data in and returns plain dataclasses."""

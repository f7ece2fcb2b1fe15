"""Limits every way in shares, so a value one path accepts never fails another (or a column)."""

# Longest address the desk stores: the URL columns' length, checked by forms, the API and services
# alike (Django's URL validator alone lets 2,048 characters through).
URL_MAX_LENGTH = 2000

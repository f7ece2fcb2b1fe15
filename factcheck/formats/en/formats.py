# One date format across the desk and the public pages, day first: "5 Dec 2026", "5 Dec 2026, 18:00".
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT

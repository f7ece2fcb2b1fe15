# One date format across the desk and the public pages: "5 déc. 2026", "5 déc. 2026, 18:00".
DATE_FORMAT = "j N Y"
DATETIME_FORMAT = "j N Y, H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT

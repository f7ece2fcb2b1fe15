"""Month and weekday names as news copy writes them, for the date patterns of several modules."""

FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
ENGLISH_MONTHS = "January February March April May June July August September October November December"
# As datelines and captions abbreviate them, with or without a full stop ("Aug. 1", "1 Sept 2022").
ENGLISH_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
ENGLISH_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
ENGLISH_WEEKDAY_ABBREVIATIONS = "Mon Tues Tue Wed Thurs Thu Fri Sat Sun"

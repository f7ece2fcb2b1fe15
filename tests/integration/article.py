ARTICLE = (
    "The unemployment rate fell to 3.5 percent in 2019, the Labor Department said. "
    "Exports to China rose by 12 percent last year, according to customs figures. "
    "It was a good year for the region."
)

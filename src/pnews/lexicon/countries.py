"""Countries and their peoples, by the last word of their English names, lower-cased.

"South Korea's" ends in "korea", "New Zealand's" in "zealand". Used to tell a holiday of another
country ("Ukraine's Independence Day", "Canadian Thanksgiving") from the United States' own.
"""

COUNTRY_NAMES = frozenset(
    """
    afghanistan albania algeria andorra angola antigua argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon
    canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
    dominica ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland france gabon
    gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
    kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
    namibia nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
    rwanda samoa marino arabia senegal serbia seychelles leone singapore slovakia slovenia somalia
    africa sudan spain lanka suriname sweden switzerland syria taiwan tajikistan tanzania thailand
    togo tonga trinidad tobago tunisia turkey türkiye turkmenistan tuvalu uganda ukraine emirates
    britain uk england scotland wales uruguay uzbekistan vanuatu venezuela vietnam yemen zambia
    zimbabwe
    """.split()
)

PEOPLES = frozenset(
    """
    afghan albanian algerian angolan argentine argentinian armenian australian austrian
    azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british
    bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian
    cuban cypriot czech danish dutch ecuadorian egyptian english eritrean estonian ethiopian
    filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian
    icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese jordanian
    kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
    malagasy malaysian maldivian malian maltese mexican moldovan mongolian montenegrin moroccan
    mozambican namibian nepali nepalese nicaraguan nigerian nigerien norwegian omani pakistani
    palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan
    saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish
    swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian emirati uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    """.split()
)

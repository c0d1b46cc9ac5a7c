/// Countries known to the reader: every UN member state plus observers and other
/// commonly named states, with ISO 3166-1 alpha-3 codes, aliases and demonyms.
/// One line a country, tab-separated: CODE, canonical name, aliases (| separated),
/// adjectives/demonyms (| separated). Lines starting with # are comments.
let countryTable = #"""
# code	name	aliases	adjectives
AFG	Afghanistan	Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan	Afghan
ALB	Albania	Republic of Albania	Albanian
DZA	Algeria	People's Democratic Republic of Algeria	Algerian
AND	Andorra	Principality of Andorra	Andorran
AGO	Angola	Republic of Angola	Angolan
ATG	Antigua and Barbuda	Antigua	Antiguan|Barbudan
ARG	Argentina	Argentine Republic|Republic of Argentina	Argentine|Argentinian
ARM	Armenia	Republic of Armenia	Armenian
AUS	Australia	Commonwealth of Australia	Australian
AUT	Austria	Republic of Austria	Austrian
AZE	Azerbaijan	Republic of Azerbaijan	Azerbaijani|Azeri
BHS	Bahamas	The Bahamas|Commonwealth of The Bahamas	Bahamian
BHR	Bahrain	Kingdom of Bahrain	Bahraini
BGD	Bangladesh	People's Republic of Bangladesh	Bangladeshi
BRB	Barbados		Barbadian|Bajan
BLR	Belarus	Republic of Belarus|Byelorussia	Belarusian|Belarusan
BEL	Belgium	Kingdom of Belgium	Belgian
BLZ	Belize		Belizean
BEN	Benin	Republic of Benin	Beninese
BTN	Bhutan	Kingdom of Bhutan	Bhutanese
BOL	Bolivia	Plurinational State of Bolivia	Bolivian
BIH	Bosnia and Herzegovina	Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH	Bosnian|Herzegovinian
BWA	Botswana	Republic of Botswana	Botswanan|Motswana|Batswana
BRA	Brazil	Federative Republic of Brazil	Brazilian
BRN	Brunei	Brunei Darussalam|Nation of Brunei	Bruneian
BGR	Bulgaria	Republic of Bulgaria	Bulgarian
BFA	Burkina Faso	Burkina	Burkinabe|Burkinabé
BDI	Burundi	Republic of Burundi	Burundian
CPV	Cabo Verde	Cape Verde|Republic of Cabo Verde	Cabo Verdean|Cape Verdean
KHM	Cambodia	Kingdom of Cambodia|Kampuchea	Cambodian|Khmer
CMR	Cameroon	Republic of Cameroon	Cameroonian
CAN	Canada		Canadian
CAF	Central African Republic		Central African
TCD	Chad	Republic of Chad	Chadian
CHL	Chile	Republic of Chile	Chilean
CHN	China	People's Republic of China|PRC|P.R.C.|Mainland China	Chinese
COL	Colombia	Republic of Colombia	Colombian
COM	Comoros	Union of the Comoros	Comorian|Comoran
CRI	Costa Rica	Republic of Costa Rica	Costa Rican
CIV	Côte d'Ivoire	Cote d'Ivoire|Ivory Coast|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire	Ivorian
HRV	Croatia	Republic of Croatia	Croatian|Croat
CUB	Cuba	Republic of Cuba	Cuban
CYP	Cyprus	Republic of Cyprus	Cypriot
CZE	Czechia	Czech Republic	Czech
COD	Democratic Republic of the Congo	DRC|D.R.C.|DR Congo|Congo-Kinshasa|Democratic Republic of Congo	Congolese
DNK	Denmark	Kingdom of Denmark	Danish
DJI	Djibouti	Republic of Djibouti	Djiboutian
DMA	Dominica	Commonwealth of Dominica	Dominican
DOM	Dominican Republic		Dominican
ECU	Ecuador	Republic of Ecuador	Ecuadorian|Ecuadorean
EGY	Egypt	Arab Republic of Egypt	Egyptian
SLV	El Salvador	Republic of El Salvador	Salvadoran|Salvadorean
GNQ	Equatorial Guinea	Republic of Equatorial Guinea	Equatorial Guinean|Equatoguinean
ERI	Eritrea	State of Eritrea	Eritrean
EST	Estonia	Republic of Estonia	Estonian
SWZ	Eswatini	Swaziland|Kingdom of Eswatini|Kingdom of Swaziland	Swazi
ETH	Ethiopia	Federal Democratic Republic of Ethiopia	Ethiopian
FJI	Fiji	Republic of Fiji	Fijian
FIN	Finland	Republic of Finland	Finnish
FRA	France	French Republic	French
GAB	Gabon	Gabonese Republic	Gabonese
GMB	Gambia	The Gambia|Republic of The Gambia	Gambian
GEO	Georgia		Georgian
DEU	Germany	Federal Republic of Germany	German
GHA	Ghana	Republic of Ghana	Ghanaian
GRC	Greece	Hellenic Republic	Greek|Hellenic
GRD	Grenada		Grenadian
GTM	Guatemala	Republic of Guatemala	Guatemalan
GIN	Guinea	Republic of Guinea|Guinea-Conakry	Guinean
GNB	Guinea-Bissau	Republic of Guinea-Bissau|Guinea Bissau	Bissau-Guinean
GUY	Guyana	Co-operative Republic of Guyana|Cooperative Republic of Guyana	Guyanese
HTI	Haiti	Republic of Haiti	Haitian
VAT	Holy See	Vatican|Vatican City|Vatican City State	Vatican|Papal
HND	Honduras	Republic of Honduras	Honduran
HUN	Hungary		Hungarian
ISL	Iceland		Icelandic
IND	India	Republic of India|Bharat	Indian
IDN	Indonesia	Republic of Indonesia	Indonesian
IRN	Iran	Islamic Republic of Iran|Persia	Iranian
IRQ	Iraq	Republic of Iraq	Iraqi
IRL	Ireland	Republic of Ireland|Éire|Eire	Irish
ISR	Israel	State of Israel	Israeli
ITA	Italy	Italian Republic|Republic of Italy	Italian
JAM	Jamaica		Jamaican
JPN	Japan		Japanese
JOR	Jordan	Hashemite Kingdom of Jordan	Jordanian
KAZ	Kazakhstan	Republic of Kazakhstan	Kazakh|Kazakhstani
KEN	Kenya	Republic of Kenya	Kenyan
KIR	Kiribati	Republic of Kiribati	I-Kiribati
XKX	Kosovo	Republic of Kosovo	Kosovar|Kosovan
KWT	Kuwait	State of Kuwait	Kuwaiti
KGZ	Kyrgyzstan	Kyrgyz Republic|Kirghizia	Kyrgyz|Kyrgyzstani
LAO	Laos	Lao People's Democratic Republic|Lao PDR	Lao|Laotian
LVA	Latvia	Republic of Latvia	Latvian
LBN	Lebanon	Lebanese Republic	Lebanese
LSO	Lesotho	Kingdom of Lesotho	Basotho|Mosotho
LBR	Liberia	Republic of Liberia	Liberian
LBY	Libya	State of Libya|Libyan Arab Jamahiriya	Libyan
LIE	Liechtenstein	Principality of Liechtenstein	Liechtensteiner
LTU	Lithuania	Republic of Lithuania	Lithuanian
LUX	Luxembourg	Grand Duchy of Luxembourg	Luxembourgish|Luxembourger
MDG	Madagascar	Republic of Madagascar	Malagasy
MWI	Malawi	Republic of Malawi	Malawian
MYS	Malaysia		Malaysian
MDV	Maldives	Republic of Maldives|Republic of the Maldives	Maldivian
MLI	Mali	Republic of Mali	Malian
MLT	Malta	Republic of Malta	Maltese
MHL	Marshall Islands	Republic of the Marshall Islands	Marshallese
MRT	Mauritania	Islamic Republic of Mauritania	Mauritanian
MUS	Mauritius	Republic of Mauritius	Mauritian
MEX	Mexico	United Mexican States	Mexican
FSM	Micronesia	Federated States of Micronesia	Micronesian
MDA	Moldova	Republic of Moldova	Moldovan
MCO	Monaco	Principality of Monaco	Monegasque|Monacan
MNG	Mongolia		Mongolian
MNE	Montenegro		Montenegrin
MAR	Morocco	Kingdom of Morocco	Moroccan
MOZ	Mozambique	Republic of Mozambique	Mozambican
MMR	Myanmar	Burma|Republic of the Union of Myanmar	Burmese
NAM	Namibia	Republic of Namibia	Namibian
NRU	Nauru	Republic of Nauru	Nauruan
NPL	Nepal	Federal Democratic Republic of Nepal	Nepali|Nepalese
NLD	Netherlands	the Netherlands|Holland|Kingdom of the Netherlands	Dutch
NZL	New Zealand	Aotearoa	New Zealander
NIC	Nicaragua	Republic of Nicaragua	Nicaraguan
NER	Niger	Republic of the Niger|Republic of Niger	Nigerien
NGA	Nigeria	Federal Republic of Nigeria	Nigerian
PRK	North Korea	DPRK|D.P.R.K.|Democratic People's Republic of Korea	North Korean
MKD	North Macedonia	Republic of North Macedonia|Macedonia|Former Yugoslav Republic of Macedonia|FYROM	North Macedonian|Macedonian
NOR	Norway	Kingdom of Norway	Norwegian
OMN	Oman	Sultanate of Oman	Omani
PAK	Pakistan	Islamic Republic of Pakistan	Pakistani
PLW	Palau	Republic of Palau	Palauan
PSE	Palestine	State of Palestine|Palestinian territories|Occupied Palestinian Territory	Palestinian
PAN	Panama	Republic of Panama	Panamanian
PNG	Papua New Guinea	Independent State of Papua New Guinea|PNG	Papua New Guinean
PRY	Paraguay	Republic of Paraguay	Paraguayan
PER	Peru	Republic of Peru	Peruvian
PHL	Philippines	the Philippines|Republic of the Philippines	Filipino|Philippine
POL	Poland	Republic of Poland	Polish
PRT	Portugal	Portuguese Republic	Portuguese
QAT	Qatar	State of Qatar	Qatari
KOR	Republic of Korea	ROK|R.O.K.|South Korea|Korea	South Korean|Korean
COG	Republic of the Congo	Congo-Brazzaville|Congo|Republic of Congo|Congo Republic	Congolese
ROU	Romania		Romanian
RUS	Russia	Russian Federation	Russian
RWA	Rwanda	Republic of Rwanda	Rwandan
KNA	Saint Kitts and Nevis	St Kitts and Nevis|St. Kitts and Nevis|Federation of Saint Kitts and Nevis	Kittitian|Nevisian
LCA	Saint Lucia	St Lucia|St. Lucia	Saint Lucian|St Lucian|St. Lucian
VCT	Saint Vincent and the Grenadines	St Vincent and the Grenadines|St. Vincent and the Grenadines	Vincentian
WSM	Samoa	Independent State of Samoa|Western Samoa	Samoan
SMR	San Marino	Republic of San Marino	Sammarinese
STP	Sao Tome and Principe	São Tomé and Príncipe|Democratic Republic of Sao Tome and Principe	Santomean
SAU	Saudi Arabia	Kingdom of Saudi Arabia|KSA	Saudi|Saudi Arabian
SEN	Senegal	Republic of Senegal	Senegalese
SRB	Serbia	Republic of Serbia	Serbian
SYC	Seychelles	Republic of Seychelles	Seychellois
SLE	Sierra Leone	Republic of Sierra Leone	Sierra Leonean
SGP	Singapore	Republic of Singapore	Singaporean
SVK	Slovakia	Slovak Republic	Slovak|Slovakian
SVN	Slovenia	Republic of Slovenia	Slovenian|Slovene
SLB	Solomon Islands		Solomon Islander
SOM	Somalia	Federal Republic of Somalia	Somali
ZAF	South Africa	Republic of South Africa|RSA	South African
SSD	South Sudan	Republic of South Sudan	South Sudanese
ESP	Spain	Kingdom of Spain	Spanish
LKA	Sri Lanka	Democratic Socialist Republic of Sri Lanka|Ceylon	Sri Lankan
SDN	Sudan	Republic of the Sudan|Republic of Sudan	Sudanese
SUR	Suriname	Republic of Suriname|Surinam	Surinamese
SWE	Sweden	Kingdom of Sweden	Swedish
CHE	Switzerland	Swiss Confederation	Swiss
SYR	Syria	Syrian Arab Republic	Syrian
TWN	Taiwan	Chinese Taipei	Taiwanese
TJK	Tajikistan	Republic of Tajikistan	Tajik|Tajikistani
TZA	Tanzania	United Republic of Tanzania	Tanzanian
THA	Thailand	Kingdom of Thailand|Siam	Thai
TLS	Timor-Leste	East Timor|Timor Leste|Democratic Republic of Timor-Leste	Timorese|East Timorese
TGO	Togo	Togolese Republic	Togolese
TON	Tonga	Kingdom of Tonga	Tongan
TTO	Trinidad and Tobago	Republic of Trinidad and Tobago|Trinidad & Tobago	Trinidadian|Tobagonian
TUN	Tunisia	Republic of Tunisia|Tunisian Republic	Tunisian
TKM	Turkmenistan		Turkmen|Turkmenistani
TUV	Tuvalu		Tuvaluan
TUR	Türkiye	Turkey|Turkiye|Republic of Türkiye|Republic of Turkiye|Republic of Turkey	Turkish
UGA	Uganda	Republic of Uganda	Ugandan
UKR	Ukraine		Ukrainian
ARE	United Arab Emirates	UAE|U.A.E.|Emirates	Emirati
GBR	United Kingdom	UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland	British|UK|U.K.
USA	United States	United States of America|U.S.|US|USA|U.S.A.|America	American|U.S.
URY	Uruguay	Oriental Republic of Uruguay|Eastern Republic of Uruguay	Uruguayan
UZB	Uzbekistan	Republic of Uzbekistan	Uzbek|Uzbekistani
VUT	Vanuatu	Republic of Vanuatu	Ni-Vanuatu|Vanuatuan
VEN	Venezuela	Bolivarian Republic of Venezuela	Venezuelan
VNM	Vietnam	Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam	Vietnamese
YEM	Yemen	Republic of Yemen	Yemeni
ZMB	Zambia	Republic of Zambia	Zambian
ZWE	Zimbabwe	Republic of Zimbabwe	Zimbabwean
"""#

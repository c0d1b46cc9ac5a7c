/// Places the reader recognises by name: capitals and major cities (with the
/// country they are in, used to find where a statement was issued) and regions,
/// seas and other named places statements discuss. One line a place, tab-separated:
/// canonical name, aliases (| separated), country code (ISO 3166-1 alpha-3, empty
/// for places not in one country), kind (capital, city, region, sea, other).
/// Lines starting with # are comments.
let placeTable = #"""
# name	aliases	code	kind
# Capitals (one a country in CountryTable; skipped where the capital bears the country's own name:
# Singapore, Djibouti, Monaco, San Marino, Vatican City)
Kabul		AFG	capital
Tirana	Tirane	ALB	capital
Algiers		DZA	capital
Andorra la Vella		AND	capital
Luanda		AGO	capital
Saint John's	St. John's|St John's	ATG	capital
Buenos Aires		ARG	capital
Yerevan		ARM	capital
Canberra		AUS	capital
Vienna	Wien	AUT	capital
Baku		AZE	capital
Nassau		BHS	capital
Manama		BHR	capital
Dhaka	Dacca	BGD	capital
Bridgetown		BRB	capital
Minsk		BLR	capital
Brussels	Bruxelles|Brussel	BEL	capital
Belmopan		BLZ	capital
Porto-Novo	Porto Novo	BEN	capital
Thimphu		BTN	capital
Sucre		BOL	capital
La Paz		BOL	capital
Sarajevo		BIH	capital
Gaborone		BWA	capital
Brasília	Brasilia	BRA	capital
Bandar Seri Begawan		BRN	capital
Sofia		BGR	capital
Ouagadougou		BFA	capital
Gitega		BDI	capital
Praia		CPV	capital
Phnom Penh		KHM	capital
Yaoundé	Yaounde	CMR	capital
Ottawa		CAN	capital
Bangui		CAF	capital
N'Djamena	Ndjamena|N'Djaména	TCD	capital
Santiago	Santiago de Chile	CHL	capital
Beijing	Peking	CHN	capital
Bogotá	Bogota	COL	capital
Moroni		COM	capital
San José	San Jose	CRI	capital
Yamoussoukro		CIV	capital
Zagreb		HRV	capital
Havana	La Habana	CUB	capital
Nicosia	Lefkosia	CYP	capital
Prague	Praha	CZE	capital
Kinshasa		COD	capital
Copenhagen	København|Kobenhavn	DNK	capital
Roseau		DMA	capital
Santo Domingo		DOM	capital
Quito		ECU	capital
Cairo		EGY	capital
San Salvador		SLV	capital
Malabo		GNQ	capital
Asmara		ERI	capital
Tallinn		EST	capital
Mbabane		SWZ	capital
Addis Ababa		ETH	capital
Suva		FJI	capital
Helsinki		FIN	capital
Paris		FRA	capital
Libreville		GAB	capital
Banjul		GMB	capital
Tbilisi		GEO	capital
Berlin		DEU	capital
Accra		GHA	capital
Athens		GRC	capital
St. George's	Saint George's|St George's	GRD	capital
Guatemala City		GTM	capital
Conakry		GIN	capital
Bissau		GNB	capital
Georgetown		GUY	capital
Port-au-Prince		HTI	capital
Tegucigalpa		HND	capital
Budapest		HUN	capital
Reykjavík	Reykjavik	ISL	capital
New Delhi	Delhi	IND	capital
Jakarta		IDN	capital
Tehran	Teheran	IRN	capital
Baghdad		IRQ	capital
Dublin		IRL	capital
# Jerusalem: seat of Israel's government, where its statements are issued; its status is
# contested (East Jerusalem is listed below with no country).
Jerusalem		ISR	capital
Rome	Roma	ITA	capital
Kingston		JAM	capital
Tokyo		JPN	capital
Amman		JOR	capital
Astana	Nur-Sultan	KAZ	capital
Nairobi		KEN	capital
Tarawa	South Tarawa	KIR	capital
Pristina	Prishtina|Priština	XKX	capital
Kuwait City		KWT	capital
Bishkek		KGZ	capital
Vientiane		LAO	capital
Riga		LVA	capital
Beirut		LBN	capital
Maseru		LSO	capital
Monrovia		LBR	capital
Tripoli		LBY	capital
Vaduz		LIE	capital
Vilnius		LTU	capital
Luxembourg City		LUX	capital
Antananarivo		MDG	capital
Lilongwe		MWI	capital
Kuala Lumpur		MYS	capital
Malé		MDV	capital
Bamako		MLI	capital
Valletta		MLT	capital
Majuro		MHL	capital
Nouakchott		MRT	capital
Port Louis		MUS	capital
Mexico City	Ciudad de México|Ciudad de Mexico	MEX	capital
Palikir		FSM	capital
Chișinău	Chisinau|Chişinău|Kishinev	MDA	capital
Ulaanbaatar	Ulan Bator	MNG	capital
Podgorica		MNE	capital
Rabat		MAR	capital
Maputo		MOZ	capital
Naypyidaw	Nay Pyi Taw|Naypyitaw	MMR	capital
Windhoek		NAM	capital
Yaren		NRU	capital
Kathmandu		NPL	capital
Amsterdam		NLD	capital
Wellington		NZL	capital
Managua		NIC	capital
Niamey		NER	capital
Abuja		NGA	capital
Pyongyang		PRK	capital
Skopje		MKD	capital
Oslo		NOR	capital
Muscat		OMN	capital
Islamabad		PAK	capital
Ngerulmud		PLW	capital
# Ramallah: seat of the Palestinian government (the State of Palestine names East Jerusalem
# as its capital).
Ramallah		PSE	capital
Panama City		PAN	capital
Port Moresby		PNG	capital
Asunción	Asuncion	PRY	capital
Lima		PER	capital
Manila		PHL	capital
Warsaw	Warszawa	POL	capital
Lisbon	Lisboa	PRT	capital
Doha		QAT	capital
Seoul		KOR	capital
Brazzaville		COG	capital
Bucharest	București|Bucuresti	ROU	capital
Moscow	Moskva	RUS	capital
Kigali		RWA	capital
Basseterre		KNA	capital
Castries		LCA	capital
Kingstown		VCT	capital
Apia		WSM	capital
São Tomé	Sao Tome	STP	capital
Riyadh	Riyad	SAU	capital
Dakar		SEN	capital
Belgrade	Beograd	SRB	capital
Victoria		SYC	capital
Freetown		SLE	capital
Bratislava		SVK	capital
Ljubljana		SVN	capital
Honiara		SLB	capital
Mogadishu		SOM	capital
Pretoria	Tshwane	ZAF	capital
Juba		SSD	capital
Madrid		ESP	capital
Sri Jayawardenepura Kotte	Kotte	LKA	capital
Khartoum		SDN	capital
Paramaribo		SUR	capital
Stockholm		SWE	capital
Bern	Berne	CHE	capital
Damascus		SYR	capital
Taipei		TWN	capital
Dushanbe		TJK	capital
Dodoma		TZA	capital
Bangkok		THA	capital
Dili		TLS	capital
Lomé	Lome	TGO	capital
Nuku'alofa	Nukualofa	TON	capital
Port of Spain	Port-of-Spain	TTO	capital
Tunis		TUN	capital
Ashgabat	Ashkhabad	TKM	capital
Funafuti		TUV	capital
Ankara		TUR	capital
Kampala		UGA	capital
Kyiv	Kiev	UKR	capital
Abu Dhabi		ARE	capital
London		GBR	capital
Washington	Washington, D.C.|Washington D.C.|Washington DC	USA	capital
Montevideo		URY	capital
Tashkent		UZB	capital
Port Vila		VUT	capital
Caracas		VEN	capital
Hanoi	Ha Noi	VNM	capital
Sanaa	Sana'a	YEM	capital
Lusaka		ZMB	capital
Harare		ZWE	capital
# Cities
New York	New York City|NYC	USA	city
Camp David		USA	city
San Francisco		USA	city
Los Angeles		USA	city
Chicago		USA	city
Boston		USA	city
Houston		USA	city
Miami		USA	city
Atlanta		USA	city
Philadelphia		USA	city
Seattle		USA	city
Honolulu		USA	city
Anchorage		USA	city
Pittsburgh		USA	city
Annapolis		USA	city
Dayton		USA	city
Bretton Woods		USA	city
Palm Beach		USA	city
Toronto		CAN	city
Montreal	Montréal	CAN	city
Vancouver		CAN	city
Quebec City	Québec City	CAN	city
Halifax		CAN	city
Calgary		CAN	city
Kananaskis		CAN	city
Cancún	Cancun	MEX	city
Guadalajara		MEX	city
Monterrey		MEX	city
Los Cabos		MEX	city
São Paulo	Sao Paulo	BRA	city
Rio de Janeiro	Rio	BRA	city
Belém	Belem	BRA	city
Fortaleza		BRA	city
Cartagena	Cartagena de Indias	COL	city
Medellín	Medellin	COL	city
Cali		COL	city
Guayaquil		ECU	city
Punta del Este		URY	city
Glasgow		GBR	city
Edinburgh		GBR	city
Manchester		GBR	city
Birmingham		GBR	city
Belfast		GBR	city
Cardiff		GBR	city
Carbis Bay		GBR	city
Strasbourg		FRA	city
Lyon		FRA	city
Marseille	Marseilles	FRA	city
Cannes		FRA	city
Biarritz		FRA	city
Deauville		FRA	city
Munich	München|Munchen	DEU	city
Hamburg		DEU	city
Frankfurt	Frankfurt am Main	DEU	city
Bonn		DEU	city
Cologne	Köln|Koln	DEU	city
Potsdam		DEU	city
Milan	Milano	ITA	city
Naples	Napoli	ITA	city
Venice	Venezia	ITA	city
Florence	Firenze	ITA	city
Turin	Torino	ITA	city
Genoa	Genova	ITA	city
Taormina		ITA	city
Barcelona		ESP	city
Seville	Sevilla	ESP	city
Geneva	Genève|Geneve|Genf	CHE	city
Davos		CHE	city
Zurich	Zürich	CHE	city
Lausanne		CHE	city
Montreux		CHE	city
Bürgenstock	Burgenstock	CHE	city
Lucerne	Luzern	CHE	city
Basel	Basle	CHE	city
Salzburg		AUT	city
Antwerp	Antwerpen	BEL	city
The Hague	Den Haag|'s-Gravenhage	NLD	city
Rotterdam		NLD	city
Gothenburg	Göteborg|Goteborg	SWE	city
Malmö	Malmo	SWE	city
Gdańsk	Gdansk	POL	city
Kraków	Krakow|Cracow	POL	city
Katowice		POL	city
Poznań	Poznan	POL	city
Rzeszów	Rzeszow	POL	city
Dubrovnik		HRV	city
Thessaloniki	Salonika	GRC	city
Porto	Oporto	PRT	city
Istanbul		TUR	city
Antalya		TUR	city
İzmir	Izmir	TUR	city
Saint Petersburg	St. Petersburg|St Petersburg	RUS	city
Sochi		RUS	city
Kazan		RUS	city
Vladivostok		RUS	city
Yekaterinburg	Ekaterinburg	RUS	city
Kaliningrad		RUS	city
Ufa		RUS	city
Kursk		RUS	city
Belgorod		RUS	city
Lviv	Lvov	UKR	city
Odesa	Odessa	UKR	city
Kharkiv	Kharkov	UKR	city
Kherson		UKR	city
Zaporizhzhia	Zaporizhia|Zaporozhye	UKR	city
Dnipro	Dnipropetrovsk	UKR	city
Bucha		UKR	city
Mariupol			city
Sevastopol			city
Simferopol			city
Yalta			city
Samarkand	Samarqand	UZB	city
Almaty	Alma-Ata	KAZ	city
Stepanakert	Khankendi	AZE	city
Shusha	Shushi	AZE	city
Jeddah	Jiddah|Jidda	SAU	city
Mecca	Makkah	SAU	city
Medina	Madinah|Al-Madinah	SAU	city
AlUla	Al-Ula|Al Ula	SAU	city
Dhahran		SAU	city
Dubai		ARE	city
Sharjah		ARE	city
Aden		YEM	city
Hodeidah	Hudaydah|Al Hudaydah	YEM	city
Marib	Ma'rib	YEM	city
Basra	Basrah	IRQ	city
Erbil	Arbil|Hawler	IRQ	city
Mosul		IRQ	city
Najaf		IRQ	city
Karbala		IRQ	city
Kirkuk		IRQ	city
Aleppo		SYR	city
Idlib		SYR	city
Homs		SYR	city
Latakia		SYR	city
Tartus		SYR	city
Raqqa	Raqqah|Al-Raqqa	SYR	city
Deir ez-Zor	Deir al-Zour|Deir Ezzor	SYR	city
Tyre		LBN	city
Sidon	Saida	LBN	city
Tel Aviv	Tel Aviv-Yafo|Tel Aviv-Jaffa	ISR	city
Haifa		ISR	city
Eilat		ISR	city
Gaza City		PSE	city
Khan Younis	Khan Yunis	PSE	city
Rafah		PSE	city
Jenin		PSE	city
Nablus		PSE	city
Hebron	Al-Khalil	PSE	city
Bethlehem		PSE	city
Aqaba		JOR	city
Isfahan	Esfahan	IRN	city
Mashhad		IRN	city
Shiraz		IRN	city
Tabriz		IRN	city
Qom		IRN	city
Bandar Abbas		IRN	city
Bushehr		IRN	city
Chabahar		IRN	city
Sharm el-Sheikh	Sharm al-Sheikh|Sharm El Sheikh	EGY	city
Alexandria		EGY	city
Port Said		EGY	city
El Arish	Al-Arish|Arish	EGY	city
Benghazi		LBY	city
Misrata	Misurata	LBY	city
Sirte		LBY	city
Casablanca		MAR	city
Marrakesh	Marrakech	MAR	city
Tangier	Tangiers|Tanger	MAR	city
Karachi		PAK	city
Lahore		PAK	city
Gwadar		PAK	city
Peshawar		PAK	city
Quetta		PAK	city
Rawalpindi		PAK	city
Multan		PAK	city
Faisalabad		PAK	city
Murree		PAK	city
Balakot		PAK	city
Gilgit			city
Skardu			city
Muzaffarabad			city
Srinagar			city
Jammu			city
Leh			city
Kargil			city
Pahalgam			city
Pulwama			city
Mumbai	Bombay	IND	city
Kolkata	Calcutta	IND	city
Chennai	Madras	IND	city
Bengaluru	Bangalore	IND	city
Ahmedabad		IND	city
Amritsar		IND	city
Agra		IND	city
Shimla	Simla	IND	city
Mamallapuram	Mahabalipuram	IND	city
Chittagong	Chattogram	BGD	city
Cox's Bazar		BGD	city
Colombo		LKA	city
Hambantota		LKA	city
Kandahar		AFG	city
Herat		AFG	city
Mazar-i-Sharif	Mazar-e-Sharif|Mazar-e Sharif	AFG	city
Jalalabad		AFG	city
Shanghai		CHN	city
Guangzhou		CHN	city
Shenzhen		CHN	city
Tianjin		CHN	city
Chongqing		CHN	city
Chengdu		CHN	city
Wuhan		CHN	city
Xi'an	Xian	CHN	city
Hangzhou		CHN	city
Nanjing	Nanking	CHN	city
Xiamen	Amoy	CHN	city
Qingdao	Tsingtao	CHN	city
Dalian		CHN	city
Kunming		CHN	city
Harbin		CHN	city
Sanya		CHN	city
Boao	Bo'ao	CHN	city
Urumqi	Ürümqi|Wulumuqi	CHN	city
Kashgar	Kashi	CHN	city
Lhasa		CHN	city
Osaka		JPN	city
Kyoto		JPN	city
Hiroshima		JPN	city
Nagasaki		JPN	city
Yokohama		JPN	city
Nagoya		JPN	city
Sapporo		JPN	city
Fukushima		JPN	city
Busan	Pusan	KOR	city
Incheon	Inchon	KOR	city
Gyeongju		KOR	city
Kaesong		PRK	city
Kaohsiung		TWN	city
Ho Chi Minh City	Saigon|HCMC	VNM	city
Da Nang	Danang	VNM	city
Haiphong	Hai Phong	VNM	city
Siem Reap		KHM	city
Sihanoukville		KHM	city
Yangon	Rangoon	MMR	city
Mandalay		MMR	city
Cebu		PHL	city
Davao		PHL	city
Bali		IDN	city
Nusa Dua		IDN	city
Labuan Bajo		IDN	city
Surabaya		IDN	city
Bandung		IDN	city
Johor Bahru		MYS	city
Putrajaya		MYS	city
Chiang Mai		THA	city
Phuket		THA	city
Pattaya		THA	city
Luang Prabang		LAO	city
Lagos		NGA	city
Abidjan		CIV	city
Cotonou		BEN	city
Douala		CMR	city
Mombasa		KEN	city
Dar es Salaam		TZA	city
Arusha		TZA	city
Goma		COD	city
Bukavu		COD	city
Bujumbura		BDI	city
Entebbe		UGA	city
Johannesburg	Joburg	ZAF	city
Cape Town		ZAF	city
Durban		ZAF	city
Port Sudan		SDN	city
Omdurman		SDN	city
El Fasher	Al-Fashir|El Fashir|Al Fasher	SDN	city
Sydney		AUS	city
Melbourne		AUS	city
Perth		AUS	city
Brisbane		AUS	city
Adelaide		AUS	city
Darwin		AUS	city
Auckland		NZL	city
Christchurch		NZL	city
Nouméa	Noumea	FRA	city
# Regions
Jammu and Kashmir	Kashmir|Jammu & Kashmir|J&K|Indian Illegally Occupied Jammu and Kashmir|IIOJK|Indian Illegally Occupied Kashmir|Indian Occupied Jammu and Kashmir|Indian Occupied Kashmir|Indian-occupied Kashmir|IOK|Occupied Kashmir|Indian-administered Kashmir		region
Azad Jammu and Kashmir	Azad Kashmir|Azad Jammu & Kashmir|AJK|Pakistan-occupied Kashmir|PoK|PoJK|Pakistan-administered Kashmir		region
Gilgit-Baltistan	Gilgit Baltistan		region
Ladakh			region
Aksai Chin			region
Arunachal Pradesh	Zangnan		region
Balochistan	Baluchistan	PAK	region
Khyber Pakhtunkhwa		PAK	region
Sindh		PAK	region
Punjab			region
Goa		IND	region
Xinjiang	Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region|East Turkestan	CHN	region
Xizang	Tibet|Xizang Autonomous Region|Tibet Autonomous Region	CHN	region
Inner Mongolia		CHN	region
Hainan		CHN	region
Hong Kong	Hong Kong SAR|HKSAR|Hong Kong Special Administrative Region	CHN	region
Macao	Macau|Macao SAR|Macao Special Administrative Region	CHN	region
Greater Bay Area	Guangdong-Hong Kong-Macao Greater Bay Area	CHN	region
Okinawa		JPN	region
Jeju	Jeju Island	KOR	region
Mindanao		PHL	region
Rakhine	Rakhine State|Arakan	MMR	region
Bougainville		PNG	region
New Caledonia		FRA	region
Gaza	Gaza Strip	PSE	region
West Bank		PSE	region
East Jerusalem	occupied East Jerusalem		region
Golan Heights	Golan|Syrian Golan|occupied Syrian Golan		region
Jordan Valley			region
Sinai	Sinai Peninsula	EGY	region
Kurdistan Region	Kurdistan Region of Iraq|Iraqi Kurdistan	IRQ	region
Crimea	Crimean Peninsula|Autonomous Republic of Crimea|Republic of Crimea		region
Donbas	Donbass		region
Donetsk	Donetsk Oblast|Donetsk region		region
Luhansk	Lugansk|Luhansk Oblast|Luhansk region		region
Transnistria	Transdniestria|Pridnestrovie		region
Abkhazia			region
South Ossetia	Tskhinvali region		region
Nagorno-Karabakh	Nagorno Karabakh|Karabakh|Artsakh	AZE	region
Northern Cyprus	Turkish Republic of Northern Cyprus|TRNC		region
Western Sahara			region
Darfur		SDN	region
Kordofan	South Kordofan	SDN	region
Abyei			region
Tigray		ETH	region
Somaliland			region
North Kivu		COD	region
South Kivu		COD	region
Cabo Delgado		MOZ	region
Niger Delta		NGA	region
Zanzibar		TZA	region
Greenland	Kalaallit Nunaat	DNK	region
Svalbard		NOR	region
Alaska		USA	region
Hawaii		USA	region
Guam		USA	region
Puerto Rico		USA	region
England		GBR	region
Scotland		GBR	region
Wales		GBR	region
Northern Ireland		GBR	region
Apulia	Puglia	ITA	region
Charlevoix		CAN	region
Korean Peninsula			region
Arabian Peninsula			region
Sahel	Sahel region		region
Horn of Africa			region
Maghreb			region
North Africa			region
West Africa			region
East Africa			region
Central Africa			region
Southern Africa			region
Sub-Saharan Africa			region
Great Lakes region			region
Lake Chad Basin	Lake Chad region		region
Congo Basin			region
Balkans	Balkan Peninsula		region
Western Balkans			region
Caucasus			region
South Caucasus	Transcaucasia		region
North Caucasus			region
Central Asia			region
South Asia			region
Southeast Asia	South-East Asia|South East Asia		region
East Asia			region
Northeast Asia	North-East Asia|North East Asia		region
West Asia	Western Asia		region
Middle East	Mideast		region
Near East			region
Levant			region
Middle East and North Africa	MENA		region
Indo-Pacific	Indo Pacific		region
Asia-Pacific	Asia Pacific		region
Pacific Islands			region
South Pacific			region
Oceania			region
Eurasia			region
Arctic	Arctic region|High North		region
Antarctica	Antarctic		region
Latin America			region
Latin America and the Caribbean			region
Central America			region
South America			region
North America			region
Caribbean	Caribbean region		region
Western Hemisphere			region
Americas	the Americas		region
Europe			region
Eastern Europe			region
Western Europe			region
Central Europe			region
Central and Eastern Europe			region
Southeast Europe	South-East Europe|Southeastern Europe		region
Scandinavia			region
Nordic region	Nordics		region
Baltic states	Baltics		region
Africa			region
Asia			region
Global South			region
# Seas, oceans, straits and gulfs
Red Sea			sea
South China Sea			sea
West Philippine Sea			sea
East China Sea			sea
Yellow Sea			sea
Sea of Japan			sea
Black Sea			sea
Sea of Azov	Azov Sea		sea
Caspian Sea	Caspian		sea
Mediterranean	Mediterranean Sea		sea
Aegean Sea	Aegean		sea
Adriatic Sea	Adriatic		sea
Baltic Sea			sea
North Sea			sea
Barents Sea			sea
Persian Gulf	Arabian Gulf		sea
Gulf of Oman			sea
Gulf of Aden			sea
Gulf of Aqaba			sea
Dead Sea			sea
Arabian Sea			sea
Bay of Bengal			sea
Andaman Sea			sea
Gulf of Thailand	Gulf of Siam		sea
Bab el-Mandeb	Bab al-Mandab|Bab al-Mandeb|Bab-el-Mandeb|Bab el-Mandeb Strait		sea
Strait of Hormuz	Hormuz Strait|Straits of Hormuz		sea
Taiwan Strait	Taiwan Straits|Strait of Taiwan		sea
Strait of Malacca	Malacca Strait|Straits of Malacca|Malacca Straits		sea
Luzon Strait			sea
Bosphorus	Bosporus|Istanbul Strait	TUR	sea
Dardanelles	Canakkale Strait|Çanakkale Strait	TUR	sea
Turkish Straits		TUR	sea
Kerch Strait	Strait of Kerch		sea
Strait of Gibraltar			sea
English Channel			sea
Gulf of Guinea			sea
Mozambique Channel			sea
Gulf of Mexico	Gulf of America		sea
Caribbean Sea			sea
Indian Ocean			sea
Pacific Ocean	Pacific		sea
Atlantic Ocean	Atlantic		sea
Arctic Ocean			sea
Southern Ocean	Antarctic Ocean		sea
# Other named places: borders, crossings, passes, canals, rivers, islands, sites
Line of Control	LoC		other
Line of Actual Control	LAC		other
Working Boundary			other
Durand Line			other
Khunjerab Pass	Khunjerab		other
Karakoram Highway	KKH		other
Wagah	Wagah border|Attari-Wagah|Wagah-Attari		other
Torkham	Torkham border		other
Kartarpur Corridor			other
Siachen Glacier	Siachen		other
Galwan Valley	Galwan		other
Doklam	Donglang		other
Wakhan Corridor	Wakhan	AFG	other
Indus	Indus River|River Indus		other
Suez Canal		EGY	other
Panama Canal		PAN	other
Rafah Crossing	Rafah border crossing		other
Kerem Shalom	Kerem Shalom crossing		other
Philadelphi Corridor	Philadelphi Route		other
Netzarim Corridor			other
Al-Aqsa Mosque	Al-Aqsa|Al Aqsa|Al Aqsa Mosque|Haram al-Sharif|Al-Haram al-Sharif|Temple Mount		other
Blue Line			other
Shebaa Farms			other
Litani River	Litani	LBN	other
Jordan River			other
Nile	Nile River|River Nile		other
Grand Ethiopian Renaissance Dam	GERD	ETH	other
Mekong	Mekong River		other
Dnieper	Dnieper River|Dnipro River		other
Spratly Islands	Spratlys|Nansha Islands|Nansha Qundao		other
Paracel Islands	Paracels|Xisha Islands|Xisha Qundao		other
Scarborough Shoal	Huangyan Island|Huangyan Dao|Panatag Shoal|Bajo de Masinloc		other
Second Thomas Shoal	Ayungin Shoal|Ren'ai Reef|Ren'ai Jiao		other
Senkaku Islands	Senkakus|Diaoyu Islands|Diaoyu Dao		other
Dokdo	Takeshima|Liancourt Rocks		other
Kuril Islands	Kurile Islands|Kurils|Northern Territories		other
Falkland Islands	Falklands|Malvinas|Malvinas Islands|Islas Malvinas		other
Chagos Archipelago	Chagos Islands|Chagos		other
Diego Garcia			other
Gibraltar			other
Guantanamo Bay	Guantánamo Bay|Guantanamo|Guantánamo		other
Panmunjom	Panmunjeom		other
Yongbyon		PRK	other
Natanz		IRN	other
Fordow	Fordo	IRN	other
Zaporizhzhia Nuclear Power Plant	Zaporizhzhia NPP|ZNPP		other
Chernobyl	Chornobyl	UKR	other
Kerch Bridge	Crimean Bridge		other
Chequers		GBR	other
Bletchley Park		GBR	other
Mar-a-Lago		USA	other
Ramstein Air Base	Ramstein	DEU	other
Bagram Air Base	Bagram	AFG	other
Ream Naval Base		KHM	other
Subic Bay		PHL	other
Schloss Elmau	Elmau	DEU	other
"""#

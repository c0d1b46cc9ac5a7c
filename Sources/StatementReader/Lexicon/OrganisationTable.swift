/// International organisations and groupings known to the reader.
/// One line each, tab-separated: CODE, canonical name, aliases (| separated),
/// members (ISO 3166-1 alpha-3 codes, | separated) for an informal grouping whose
/// statements are made by its member states; empty for a body that acts as one party.
let organisationTable = #"""
# code	name	aliases	members
EUR	European Union	EU|E.U.	
EUR	European Commission	EC	
USA	White House		
ASN	Association of Southeast Asian Nations	ASEAN	
AFU	African Union	AU|A.U.	
UNO	United Nations	UN|U.N.|United Nations Organization	
UNSC	United Nations Security Council	UN Security Council|U.N. Security Council|Security Council|UNSC	
UNGA	United Nations General Assembly	UN General Assembly|U.N. General Assembly|General Assembly|UNGA	
UNHRC	United Nations Human Rights Council	UN Human Rights Council|U.N. Human Rights Council|Human Rights Council|UNHRC	
UNHCR	United Nations High Commissioner for Refugees	UNHCR|UN High Commissioner for Refugees|UN Refugee Agency|Office of the United Nations High Commissioner for Refugees	
UNICF	United Nations Children's Fund	UNICEF|UN Children's Fund	
UNRWA	United Nations Relief and Works Agency for Palestine Refugees in the Near East	UNRWA|UN Relief and Works Agency|United Nations Relief and Works Agency	
UNESC	United Nations Educational, Scientific and Cultural Organization	UNESCO	
UNDP	United Nations Development Programme	UNDP|UN Development Programme	
WFP	World Food Programme	WFP|UN World Food Programme	
FAO	Food and Agriculture Organization of the United Nations	FAO|Food and Agriculture Organization	
OCHA	United Nations Office for the Coordination of Humanitarian Affairs	OCHA|UN OCHA	
UNFCC	United Nations Framework Convention on Climate Change	UNFCCC	
IOM	International Organization for Migration	IOM	
NATO	North Atlantic Treaty Organization	NATO|North Atlantic Treaty Organisation|North Atlantic Alliance	
SCO	Shanghai Cooperation Organisation	Shanghai Cooperation Organization|SCO	
OAS	Organization of American States	OAS	
GCC	Gulf Cooperation Council	GCC|Cooperation Council for the Arab States of the Gulf	
ARL	Arab League	League of Arab States	
OIC	Organisation of Islamic Cooperation	OIC|Organization of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference	
WHO	World Health Organization	WHO|World Health Organisation	
WTO	World Trade Organization	WTO|World Trade Organisation	
IMF	International Monetary Fund	IMF	
WB	World Bank	World Bank Group|International Bank for Reconstruction and Development|IBRD	
IAEA	International Atomic Energy Agency	IAEA	
OSCE	Organization for Security and Co-operation in Europe	OSCE|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe	
APEC	Asia-Pacific Economic Cooperation	APEC|Asia Pacific Economic Cooperation	
CARIC	Caribbean Community	CARICOM	
SAARC	South Asian Association for Regional Cooperation	SAARC	
ECWAS	Economic Community of West African States	ECOWAS	
OPEC	Organization of the Petroleum Exporting Countries	OPEC|Organisation of the Petroleum Exporting Countries	
ICC	International Criminal Court	ICC	
ICJ	International Court of Justice	ICJ|World Court	
IEA	International Energy Agency	IEA	
OECD	Organisation for Economic Co-operation and Development	OECD|Organization for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development	
ICPO	Interpol	International Criminal Police Organization|ICPO-INTERPOL	
FATF	Financial Action Task Force	FATF	
PIF	Pacific Islands Forum	PIF	
MRCSR	Mercosur	Southern Common Market|Mercosul	
CWLTH	Commonwealth of Nations	Commonwealth|the Commonwealth	
ADB	Asian Development Bank	ADB	
AIIB	Asian Infrastructure Investment Bank	AIIB	
NDB	New Development Bank	NDB|BRICS Bank	
EAEU	Eurasian Economic Union	EAEU	
CSTO	Collective Security Treaty Organization	CSTO	
CIS	Commonwealth of Independent States	CIS	
SADC	Southern African Development Community	SADC	
EAC	East African Community	EAC	
IGAD	Intergovernmental Authority on Development	IGAD	
CELAC	Community of Latin American and Caribbean States	CELAC	
BIMST	BIMSTEC	Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation	
NONAL	Non-Aligned Movement	NAM	
COE	Council of Europe		
ICRC	International Committee of the Red Cross	ICRC	
G20	G20	Group of Twenty|G-20|Group of 20	ARG|AUS|BRA|CAN|CHN|FRA|DEU|IND|IDN|ITA|JPN|KOR|MEX|RUS|SAU|ZAF|TUR|GBR|USA
G7	G7	Group of Seven|G-7	CAN|FRA|DEU|ITA|JPN|GBR|USA
QUAD	Quad	the Quad|Quadrilateral Security Dialogue	AUS|IND|JPN|USA
AUKUS	AUKUS		AUS|GBR|USA
BRICS	BRICS	BRICS+|BRICS Plus	BRA|RUS|IND|CHN|ZAF|EGY|ETH|IRN|ARE|IDN
I2U2	I2U2	I2U2 Group	IND|ISR|ARE|USA
FVEY	Five Eyes	FVEY	AUS|CAN|NZL|GBR|USA
"""#

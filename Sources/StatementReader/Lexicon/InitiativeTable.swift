/// Named initiatives, programmes and projects that statements mention by a name
/// with no telling head word ("Belt and Road"). One line each, tab-separated:
/// canonical name, aliases (| separated), type (`initiative` or `project`).
let initiativeTable = #"""
# name	aliases	type
Belt and Road Initiative	Belt and Road|BRI|One Belt One Road|OBOR	initiative
China-Pakistan Economic Corridor	CPEC	project
Partnership for Global Infrastructure and Investment	PGII	initiative
Indo-Pacific Economic Framework for Prosperity	Indo-Pacific Economic Framework|IPEF	initiative
Build Back Better World	B3W	initiative
Global Gateway		initiative
Abraham Accords		initiative
India-Middle East-Europe Economic Corridor	IMEC	project
Lobito Corridor		project
Global Development Initiative	GDI	initiative
Global Security Initiative	GSI	initiative
Global Civilization Initiative	GCI	initiative
Black Sea Grain Initiative		initiative
Minerals Security Partnership	MSP	initiative
Just Energy Transition Partnership	JETP	initiative
"""#

/// The speech-act lexicon: verbs of diplomatic statements and their CAMEO codes, after
/// `shared/reference/speech-acts.md`. One line a verb, tab-separated:
///
/// 1. lemma (several words for a phrase: "look forward", "speak highly");
/// 2. CAMEO code when no rule below applies, or `-` when the verb is an act only through a rule;
/// 3. forms as written (| separated); empty gives the regular ones (-s, -ed, -ing, with
///    the usual spelling changes and British -ise spellings);
/// 4. rules (; separated), tried in order, first match wins:
///    `position` — look up the head noun of the object in `objectNounTable`
///    ("reaffirmed its support" 051, "expressed concern" 012);
///    `that=C` — followed by "that"; `to=C` — followed by "to" and a verb;
///    `obj:a|b=C` — one of these words heads the object;
///    `WORD=C` — WORD follows the verb ("called on", "met in");
///    `~WORD=C` — WORD stands anywhere after the verb ("met ... on the margins of").
let verbTable = #"""
# lemma	code	forms	rules
# 01 make public statement
reiterate	010		position
reaffirm	010		position
affirm	010		position
emphasize	010	emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised	position
underscore	010		position
underline	010		position
stress	010		position
highlight	010		position
note	010		position
express	010		position
convey	010		position
renew	010		position
restate	010		position
voice	010		position
reinforce	010		position
share	010		obj:view|assessment=019;obj:perspectives|perspective|views|ideas|experiences|experience|information|insights|updates=040;position
state	010		position
declare	010		position
issue	-	issue|issues|issued	obj:statement|communique|communiqué|declaration|joint|readout=010
confirm	010		position
believe	010
acknowledge	010
say	010	say|says|said
tell	010	tell|tells|told
add	010		that=010
indicate	010
explore	040
recognize	010	recognize|recognizes|recognized|recognizing|recognise|recognises|recognised	that=010;obj:contributions|contribution|efforts|sacrifices|achievements|leadership|role|progress|work=051;position
uphold	010	uphold|upholds|upheld
agree	019		to=030;that=019;on=019;obj:consensus=019
concur	019	concur|concurs|concurred
recall	010
announce	010
outline	010
assure	010		~support=051;position
reassure	010		~support=051;position
expect	013
wish	013		obj:success=013
remain	-		obj:committed|determined|ready|dedicated|resolved|resolute=030;obj:concerned|alarmed=012;obj:grateful|thankful=051;obj:steadfast|united=010;position
make	-	make|makes|made	obj:commitment|commitments|pledge=030;obj:clear=010;obj:visit=042;obj:progress=030
take note	010	take note|takes note|took note|taken note
reach	-	reach|reaches|reached	position
# 02 appeal
call	041	call|calls|called	on=020;for=020;upon=020
urge	020
encourage	020
invite	020
appeal	020
ask	020
request	020
# 03 express intent to cooperate
commit	030	commit|commits|committed|committing
recommit	030	recommit|recommits|recommitted
extend	-		obj:condolences|sympathy|sympathies=018;obj:congratulations|gratitude|thanks|support=051;obj:invitation=020;position
join	030
take	-	take|takes|took|taking	obj:steps|action|measures=030
pledge	030		obj:support=051;obj:assistance|aid=030
vow	030
resolve	030		that=019;obj:dispute|disputes|conflict=037
decide	030
intend	030
aim	030
plan	030	plan|plans|planned
seek	030	seek|seeks|sought
look forward	030	look forward|looks forward|looked forward
undertake	030	undertake|undertakes|undertook|undertaken
promise	030
offer	030		position
continue	030
work	030		together=030
cooperate	030
collaborate	030
coordinate	030
partner	030
strive	030	strive|strives|strove|striven
endeavor	030	endeavor|endeavors|endeavored|endeavour|endeavours|endeavoured
stand	-	stand|stands|stood	with=051;ready=030;by=051;firm=010
strengthen	030
deepen	030
enhance	030
expand	030
advance	030
promote	030
accelerate	030
establish	030
develop	030
boost	030
increase	030
improve	030
ensure	030
address	030
tackle	030
combat	030
counter	030
invest	0311
determine	030	determined
# 04 consult
consult	040
discuss	040
exchange	040	exchange|exchanges|exchanged	obj:views|ideas|information|perspectives=040
brief	040
update	040
raise	040		obj:concern|concerns=012
review	040
talk	041	talk|talks|talked
speak	041	speak|speaks|spoke	highly=051
meet	040	meet|meets|met	in=044;~margins=044
visit	042
host	043
convene	040
co-chair	046	co-chair|co-chairs|co-chaired|cochair|cochaired|chair|chairs|chaired
negotiate	046
hold	-	hold|holds|held	obj:call|phone=041;obj:talks|meeting|meetings|discussions|consultations|dialogue|conversation|consultation=040
# 05 engage in diplomatic cooperation
praise	051
commend	051
congratulate	051
appreciate	051
thank	051
welcome	051
laud	051
salute	051
applaud	051
hail	051
support	051
endorse	051
value	051
celebrate	051
defend	052
mourn	018
sign	057
# 06 engage in material cooperation
conduct	060		obj:visit|visits=042
pay	-	pay|pays|paid	obj:visit|visits=042;obj:tribute=051
launch	061
# 07 provide aid
provide	070		obj:update|updates|briefing|overview|readout|information|ideas|views|perspective=040;obj:humanitarian=073;obj:military|security=072;obj:economic|financial=071
# 10 demand
demand	100
insist	100
# 11 disapprove
oppose	110
condemn	111
denounce	111
criticize	111	criticize|criticizes|criticized|criticise|criticises|criticised
deplore	111
accuse	112
# 12 reject
reject	120
refuse	120
# 13 threaten
threaten	130
warn	130		that=130
# 16 reduce relations
suspend	160
impose	163		obj:sanctions=163
sanction	163
expel	166	expel|expels|expelled
"""#

/// Head nouns of a verb's object for verbs with the `position` rule, tab-separated:
/// noun, CAMEO code, and the code when "to" and a verb follow ("commitment to combating" 030,
/// "commitment to the one-China principle" 010). An empty third field keeps the second.
let objectNounTable = #"""
# noun	code	code before "to" + verb
support	051
backing	051
solidarity	051
appreciation	051
gratitude	051
thanks	051
satisfaction	051
congratulations	051
admiration	051
commitment	010	030
commitments	010	030
determination	030
readiness	030
willingness	030
resolve	030
intention	030
desire	030
consensus	019	030
will	010	030
agreement	019	030
understanding	019	030
concern	012
concerns	012
alarm	012
hope	013
hopes	013
confidence	013
optimism	013
wish	013
wishes	051
condolences	018
sympathy	018
sympathies	018
opposition	110
objection	110
disappointment	110
condemnation	111
"""#

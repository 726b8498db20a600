// Porter stems of 3395 synthetic words: 50 stems × 68 suffixes covering the suffix of every rule
// in every step, duplicates dropped, as `word:stem` pairs. Expected stems from NLTK at commit
// f2a92bd (3.8.1 + 103 commits; porter.py unchanged since 2021), run locally:
// nltk.stem.porter.PorterStemmer().stem(word), the default NLTK_EXTENSIONS mode.
export const PORTER_SYNTHETIC_CASES: ReadonlyArray<readonly [word: string, stem: string]> = `
gener:gener geners:gener generes:gener generies:generi generied:generi genered:gener genering:gener
genery:generi generly:generli generli:generli general:gener generalli:gener generation:gener
generational:gener genertional:genert generness:gener generful:gener generfulli:gener generism:gener
generize:gener generizer:gener generization:gener generive:gener generiveness:gener generiviti:gener
generity:gener generibility:gener generbiliti:generbl generment:gener generement:gener
generent:gener generentli:gener generence:gener generenci:gener generance:gener generanci:gener
generer:gener generic:gener generical:gener genericate:gener genericiti:gener generative:gener
generalize:gener generous:gener generousli:gener generousness:gener generlogi:generlog
generlogy:generlog generll:generl genere:gener genereed:genere genersses:generss generss:generss
generbli:generbl genereli:gener generator:gener generalism:gener generfulness:gener generaliti:gener
generion:generion genersion:geners genertion:genert generou:gener generate:gener generiti:gener
generible:gener generable:gener generant:gener relat:relat relats:relat relates:relat
relaties:relati relatied:relati related:relat relating:relat relaty:relati relatly:relatli
relatli:relatli relatal:relat relatalli:relat relatation:relat relatational:relat relattional:relatt
relatness:relat relatful:relat relatfulli:relat relatism:relat relatize:relat relatizer:relat
relatization:relat relative:rel relativeness:rel relativiti:rel relatity:relat relatibility:relat
relatbiliti:relatbl relatment:relat relatement:relat relatent:relat relatentli:relat relatence:relat
relatenci:relat relatance:relat relatanci:relat relater:relat relatic:relat relatical:relat
relaticate:relat relaticiti:relat relatative:relat relatalize:relat relatous:relat relatousli:relat
relatousness:relat relatlogi:relatlog relatlogy:relatlog relatll:relatl relate:relat relateed:relate
relatsses:relatss relatss:relatss relatbli:relatbl relateli:relat relatator:relat relatalism:relat
relatfulness:relat relataliti:relat relation:relat relatsion:relats relattion:relatt relatou:relat
relatate:relat relatiti:relat relatible:relat relatable:relat relatant:relat hop:hop hops:hop
hopes:hope hopies:hopi hopied:hopi hoped:hope hoping:hope hopy:hopi hoply:hopli hopli:hopli
hopal:hopal hopalli:hopal hopation:hopat hopational:hopat hoptional:hoption hopness:hop hopful:hop
hopfulli:hop hopism:hopism hopize:hopiz hopizer:hopiz hopization:hopiz hopive:hopiv hopiveness:hopiv
hopiviti:hopiv hopity:hopiti hopibility:hopibl hopbiliti:hopbl hopment:hopment hopement:hopement
hopent:hopent hopentli:hopent hopence:hopenc hopenci:hopenc hopance:hopanc hopanci:hopanc
hoper:hoper hopic:hopic hopical:hopic hopicate:hopic hopiciti:hopic hopative:hop hopalize:hopal
hopous:hopou hopousli:hopous hopousness:hopous hoplogi:hoplog hoplogy:hoplog hopll:hopll hope:hope
hopeed:hope hopsses:hopss hopss:hopss hopbli:hopbl hopeli:hope hopator:hopat hopalism:hopal
hopfulness:hop hopaliti:hopal hopion:hopion hopsion:hopsion hoption:hoption hopou:hopou hopate:hopat
hopiti:hopiti hopible:hopibl hopable:hopabl hopant:hopant fil:fil fils:fil files:file filies:fili
filied:fili filed:file filing:file fily:fili filly:filli filli:filli filal:filal filalli:filal
filation:filat filational:filat filtional:filtion filness:fil filful:fil filfulli:fil filism:filism
filize:filiz filizer:filiz filization:filiz filive:filiv filiveness:filiv filiviti:filiv
fility:filiti filibility:filibl filbiliti:filbl filment:filment filement:filement filent:filent
filentli:filent filence:filenc filenci:filenc filance:filanc filanci:filanc filer:filer filic:filic
filical:filic filicate:filic filiciti:filic filative:fil filalize:filal filous:filou filousli:filous
filousness:filous fillogi:fillog fillogy:fillog filll:filll file:file fileed:file filsses:filss
filss:filss filbli:filbl fileli:file filator:filat filalism:filal filfulness:fil filaliti:filal
filion:filion filsion:filsion filtion:filtion filou:filou filate:filat filiti:filiti filible:filibl
filable:filabl filant:filant control:control controls:control controles:control controlies:controli
controlied:controli controled:control controling:control controly:controli controlly:controlli
controlli:controlli controlal:control controlalli:control controlation:control
controlational:control controltional:controlt controlness:control controlful:control
controlfulli:control controlism:control controlize:control controlizer:control
controlization:control controlive:control controliveness:control controliviti:control
controlity:control controlibility:control controlbiliti:controlbl controlment:control
controlement:control controlent:control controlentli:control controlence:control controlenci:control
controlance:control controlanci:control controler:control controlic:control controlical:control
controlicate:control controliciti:control controlative:control controlalize:control
controlous:control controlousli:control controlousness:control controllogi:controllog
controllogy:controllog controlll:controll controle:control controleed:controle controlsses:controlss
controlss:controlss controlbli:controlbl controleli:control controlator:control controlalism:control
controlfulness:control controlaliti:control controlion:controlion controlsion:controls
controltion:controlt controlou:control controlate:control controliti:control controlible:control
controlable:control controlant:control radic:radic radics:radic radices:radic radicies:radici
radicied:radici radiced:radic radicing:radic radicy:radici radicly:radicli radicli:radicli
radical:radic radicalli:radic radication:radic radicational:radic radictional:radict radicness:radic
radicful:radic radicfulli:radic radicism:radic radicize:radic radicizer:radic radicization:radic
radicive:radic radiciveness:radic radiciviti:radic radicity:radic radicibility:radic
radicbiliti:radicbl radicment:radic radicement:radic radicent:radic radicentli:radic radicence:radic
radicenci:radic radicance:radic radicanci:radic radicer:radic radicic:radic radicical:radic
radicicate:radic radiciciti:radic radicative:radic radicalize:radic radicous:radic radicousli:radic
radicousness:radic radiclogi:radiclog radiclogy:radiclog radicll:radicl radice:radic radiceed:radice
radicsses:radicss radicss:radicss radicbli:radicbl radiceli:radic radicator:radic radicalism:radic
radicfulness:radic radicaliti:radic radicion:radicion radicsion:radics radiction:radict
radicou:radic radicate:radic radiciti:radic radicible:radic radicable:radic radicant:radic geo:geo
geos:geo geoes:geoe geoies:geoi geoied:geoi geoed:geo geoing:geo geoy:geoy geoly:geoli geoli:geoli
geoal:geoal geoalli:geoalli geoation:geoation geoational:geoation geotional:geotion geoness:geoness
geoful:geoful geofulli:geofulli geoism:geoism geoize:geoiz geoizer:geoizer geoization:geoizat
geoive:geoiv geoiveness:geoiv geoiviti:geoiviti geoity:geoiti geoibility:geoibil geobiliti:geobil
geoment:geoment geoement:geoement geoent:geoent geoentli:geoentli geoence:geoenc geoenci:geoenci
geoance:geoanc geoanci:geoanci geoer:geoer geoic:geoic geoical:geoical geoicate:geoicat
geoiciti:geoiciti geoative:geoativ geoalize:geoaliz geoous:geoou geoousli:geoousli geoousness:geoous
geologi:geolog geology:geolog geoll:geoll geoe:geoe geoeed:geoeed geosses:geoss geoss:geoss
geobli:geobli geoeli:geoeli geoator:geoator geoalism:geoalism geofulness:geoful geoaliti:geoaliti
geoion:geoion geosion:geosion geotion:geotion geoou:geoou geoate:geoat geoiti:geoiti geoible:geoibl
geoable:geoabl geoant:geoant theo:theo theos:theo theoes:theoe theoies:theoi theoied:theoi
theoed:theo theoing:theo theoy:theoy theoly:theoli theoli:theoli theoal:theoal theoalli:theoalli
theoation:theoation theoational:theoation theotional:theotion theoness:theoness theoful:theoful
theofulli:theofulli theoism:theoism theoize:theoiz theoizer:theoizer theoization:theoizat
theoive:theoiv theoiveness:theoiv theoiviti:theoiviti theoity:theoiti theoibility:theoibil
theobiliti:theobil theoment:theoment theoement:theoement theoent:theoent theoentli:theoentli
theoence:theoenc theoenci:theoenci theoance:theoanc theoanci:theoanci theoer:theoer theoic:theoic
theoical:theoical theoicate:theoicat theoiciti:theoiciti theoative:theoativ theoalize:theoaliz
theoous:theoou theoousli:theoousli theoousness:theoous theologi:theolog theology:theolog
theoll:theoll theoe:theoe theoeed:theoeed theosses:theoss theoss:theoss theobli:theobli
theoeli:theoeli theoator:theoator theoalism:theoalism theofulness:theoful theoaliti:theoaliti
theoion:theoion theosion:theosion theotion:theotion theoou:theoou theoate:theoat theoiti:theoiti
theoible:theoibl theoable:theoabl theoant:theoant archaeo:archaeo archaeos:archaeo archaeoes:archaeo
archaeoies:archaeoi archaeoied:archaeoi archaeoed:archaeo archaeoing:archaeo archaeoy:archaeoy
archaeoly:archaeoli archaeoli:archaeoli archaeoal:archaeoal archaeoalli:archaeoal
archaeoation:archaeoat archaeoational:archaeoat archaeotional:archaeot archaeoness:archaeo
archaeoful:archaeo archaeofulli:archaeo archaeoism:archaeoism archaeoize:archaeoiz
archaeoizer:archaeoiz archaeoization:archaeoiz archaeoive:archaeoiv archaeoiveness:archaeoiv
archaeoiviti:archaeoiv archaeoity:archaeoiti archaeoibility:archaeoibl archaeobiliti:archaeobl
archaeoment:archaeoment archaeoement:archaeoement archaeoent:archaeoent archaeoentli:archaeoent
archaeoence:archaeoenc archaeoenci:archaeoenc archaeoance:archaeoanc archaeoanci:archaeoanc
archaeoer:archaeoer archaeoic:archaeoic archaeoical:archaeoic archaeoicate:archaeoic
archaeoiciti:archaeoic archaeoative:archaeo archaeoalize:archaeoal archaeoous:archaeoou
archaeoousli:archaeoous archaeoousness:archaeoous archaeologi:archaeolog archaeology:archaeolog
archaeoll:archaeol archaeoe:archaeo archaeoeed:archaeoe archaeosses:archaeoss archaeoss:archaeoss
archaeobli:archaeobl archaeoeli:archaeo archaeoator:archaeoat archaeoalism:archaeoal
archaeofulness:archaeo archaeoaliti:archaeoal archaeoion:archaeoion archaeosion:archaeos
archaeotion:archaeot archaeoou:archaeoou archaeoate:archaeoat archaeoiti:archaeoiti
archaeoible:archaeoibl archaeoable:archaeoabl archaeoant:archaeoant sens:sen senss:senss senses:sens
sensies:sensi sensied:sensi sensed:sens sensing:sens sensy:sensi sensly:sensli sensli:sensli
sensal:sensal sensalli:sensal sensation:sensat sensational:sensat senstional:senstion sensness:sens
sensful:sens sensfulli:sens sensism:sensism sensize:sensiz sensizer:sensiz sensization:sensiz
sensive:sensiv sensiveness:sensiv sensiviti:sensiv sensity:sensiti sensibility:sensibl
sensbiliti:sensbl sensment:sensment sensement:sensement sensent:sensent sensentli:sensent
sensence:sensenc sensenci:sensenc sensance:sensanc sensanci:sensanc senser:senser sensic:sensic
sensical:sensic sensicate:sensic sensiciti:sensic sensative:sens sensalize:sensal sensous:sensou
sensousli:sensous sensousness:sensous senslogi:senslog senslogy:senslog sensll:sensll sense:sens
senseed:sense senssses:sensss sensss:sensss sensbli:sensbl senseli:sens sensator:sensat
sensalism:sensal sensfulness:sens sensaliti:sensal sension:sension senssion:senssion
senstion:senstion sensou:sensou sensate:sensat sensiti:sensiti sensible:sensibl sensable:sensabl
sensant:sensant electr:electr electrs:electr electres:electr electries:electri electried:electri
electred:electr electring:electr electry:electri electrly:electrli electrli:electrli electral:electr
electralli:electr electration:electr electrational:electr electrtional:electrt electrness:electr
electrful:electr electrfulli:electr electrism:electr electrize:electr electrizer:electr
electrization:electr electrive:electr electriveness:electr electriviti:electr electrity:electr
electribility:electr electrbiliti:electrbl electrment:electr electrement:electr electrent:electr
electrentli:electr electrence:electr electrenci:electr electrance:electr electranci:electr
electrer:electr electric:electr electrical:electr electricate:electr electriciti:electr
electrative:electr electralize:electr electrous:electr electrousli:electr electrousness:electr
electrlogi:electrlog electrlogy:electrlog electrll:electrl electre:electr electreed:electre
electrsses:electrss electrss:electrss electrbli:electrbl electreli:electr electrator:electr
electralism:electr electrfulness:electr electraliti:electr electrion:electrion electrsion:electrs
electrtion:electrt electrou:electr electrate:electr electriti:electr electrible:electr
electrable:electr electrant:electr form:form forms:form formes:form formies:formi formied:formi
formed:form forming:form formy:formi formly:formli formli:formli formal:formal formalli:formal
formation:format formational:format formtional:formtion formness:form formful:form formfulli:form
formism:formism formize:formiz formizer:formiz formization:formiz formive:formiv formiveness:formiv
formiviti:formiv formity:formiti formibility:formibl formbiliti:formbl formment:formment
formement:formement forment:forment formentli:forment formence:formenc formenci:formenc
formance:formanc formanci:formanc former:former formic:formic formical:formic formicate:formic
formiciti:formic formative:form formalize:formal formous:formou formousli:formous
formousness:formous formlogi:formlog formlogy:formlog formll:formll forme:form formeed:forme
formsses:formss formss:formss formbli:formbl formeli:form formator:format formalism:formal
formfulness:form formaliti:formal formion:formion formsion:formsion formtion:formtion formou:formou
formate:format formiti:formiti formible:formibl formable:formabl formant:formant adjust:adjust
adjusts:adjust adjustes:adjust adjusties:adjusti adjustied:adjusti adjusted:adjust adjusting:adjust
adjusty:adjusti adjustly:adjustli adjustli:adjustli adjustal:adjust adjustalli:adjust
adjustation:adjust adjustational:adjust adjusttional:adjustt adjustness:adjust adjustful:adjust
adjustfulli:adjust adjustism:adjust adjustize:adjust adjustizer:adjust adjustization:adjust
adjustive:adjust adjustiveness:adjust adjustiviti:adjust adjustity:adjust adjustibility:adjust
adjustbiliti:adjustbl adjustment:adjust adjustement:adjust adjustent:adjust adjustentli:adjust
adjustence:adjust adjustenci:adjust adjustance:adjust adjustanci:adjust adjuster:adjust
adjustic:adjust adjustical:adjust adjusticate:adjust adjusticiti:adjust adjustative:adjust
adjustalize:adjust adjustous:adjust adjustousli:adjust adjustousness:adjust adjustlogi:adjustlog
adjustlogy:adjustlog adjustll:adjustl adjuste:adjust adjusteed:adjuste adjustsses:adjustss
adjustss:adjustss adjustbli:adjustbl adjusteli:adjust adjustator:adjust adjustalism:adjust
adjustfulness:adjust adjustaliti:adjust adjustion:adjust adjustsion:adjusts adjusttion:adjustt
adjustou:adjust adjustate:adjust adjustiti:adjust adjustible:adjust adjustable:adjust
adjustant:adjust depend:depend depends:depend dependes:depend dependies:dependi dependied:dependi
depended:depend depending:depend dependy:dependi dependly:dependli dependli:dependli dependal:depend
dependalli:depend dependation:depend dependational:depend dependtional:dependt dependness:depend
dependful:depend dependfulli:depend dependism:depend dependize:depend dependizer:depend
dependization:depend dependive:depend dependiveness:depend dependiviti:depend dependity:depend
dependibility:depend dependbiliti:dependbl dependment:depend dependement:depend dependent:depend
dependentli:depend dependence:depend dependenci:depend dependance:depend dependanci:depend
depender:depend dependic:depend dependical:depend dependicate:depend dependiciti:depend
dependative:depend dependalize:depend dependous:depend dependousli:depend dependousness:depend
dependlogi:dependlog dependlogy:dependlog dependll:dependl depende:depend dependeed:depende
dependsses:dependss dependss:dependss dependbli:dependbl dependeli:depend dependator:depend
dependalism:depend dependfulness:depend dependaliti:depend dependion:dependion dependsion:depends
dependtion:dependt dependou:depend dependate:depend dependiti:depend dependible:depend
dependable:depend dependant:depend adopt:adopt adopts:adopt adoptes:adopt adopties:adopti
adoptied:adopti adopted:adopt adopting:adopt adopty:adopti adoptly:adoptli adoptli:adoptli
adoptal:adopt adoptalli:adopt adoptation:adopt adoptational:adopt adopttional:adoptt adoptness:adopt
adoptful:adopt adoptfulli:adopt adoptism:adopt adoptize:adopt adoptizer:adopt adoptization:adopt
adoptive:adopt adoptiveness:adopt adoptiviti:adopt adoptity:adopt adoptibility:adopt
adoptbiliti:adoptbl adoptment:adopt adoptement:adopt adoptent:adopt adoptentli:adopt adoptence:adopt
adoptenci:adopt adoptance:adopt adoptanci:adopt adopter:adopt adoptic:adopt adoptical:adopt
adopticate:adopt adopticiti:adopt adoptative:adopt adoptalize:adopt adoptous:adopt adoptousli:adopt
adoptousness:adopt adoptlogi:adoptlog adoptlogy:adoptlog adoptll:adoptl adopte:adopt adopteed:adopte
adoptsses:adoptss adoptss:adoptss adoptbli:adoptbl adopteli:adopt adoptator:adopt adoptalism:adopt
adoptfulness:adopt adoptaliti:adopt adoption:adopt adoptsion:adopts adopttion:adoptt adoptou:adopt
adoptate:adopt adoptiti:adopt adoptible:adopt adoptable:adopt adoptant:adopt commun:commun
communs:commun communes:commun communies:communi communied:communi communed:commun communing:commun
communy:communi communly:communli communli:communli communal:commun communalli:commun
communation:commun communational:commun communtional:communt communness:commun communful:commun
communfulli:commun communism:commun communize:commun communizer:commun communization:commun
communive:commun communiveness:commun communiviti:commun community:commun communibility:commun
communbiliti:communbl communment:commun communement:commun communent:commun communentli:commun
communence:commun communenci:commun communance:commun communanci:commun communer:commun
communic:commun communical:commun communicate:commun communiciti:commun communative:commun
communalize:commun communous:commun communousli:commun communousness:commun communlogi:communlog
communlogy:communlog communll:communl commune:commun communeed:commune communsses:communss
communss:communss communbli:communbl communeli:commun communator:commun communalism:commun
communfulness:commun communaliti:commun communion:communion communsion:communs communtion:communt
communou:commun communate:commun communiti:commun communible:commun communable:commun
communant:commun activ:activ activs:activ actives:activ activies:activi activied:activi
actived:activ activing:activ activy:activi activly:activli activli:activli actival:activ
activalli:activ activation:activ activational:activ activtional:activt activness:activ
activful:activ activfulli:activ activism:activ activize:activ activizer:activ activization:activ
activive:activ activiveness:activ activiviti:activ activity:activ activibility:activ
activbiliti:activbl activment:activ activement:activ activent:activ activentli:activ activence:activ
activenci:activ activance:activ activanci:activ activer:activ activic:activ activical:activ
activicate:activ activiciti:activ activative:activ activalize:activ activous:activ activousli:activ
activousness:activ activlogi:activlog activlogy:activlog activll:activl active:activ activeed:active
activsses:activss activss:activss activbli:activbl activeli:activ activator:activ activalism:activ
activfulness:activ activaliti:activ activion:activion activsion:activs activtion:activt
activou:activ activate:activ activiti:activ activible:activ activable:activ activant:activ
effect:effect effects:effect effectes:effect effecties:effecti effectied:effecti effected:effect
effecting:effect effecty:effecti effectly:effectli effectli:effectli effectal:effect
effectalli:effect effectation:effect effectational:effect effecttional:effectt effectness:effect
effectful:effect effectfulli:effect effectism:effect effectize:effect effectizer:effect
effectization:effect effective:effect effectiveness:effect effectiviti:effect effectity:effect
effectibility:effect effectbiliti:effectbl effectment:effect effectement:effect effectent:effect
effectentli:effect effectence:effect effectenci:effect effectance:effect effectanci:effect
effecter:effect effectic:effect effectical:effect effecticate:effect effecticiti:effect
effectative:effect effectalize:effect effectous:effect effectousli:effect effectousness:effect
effectlogi:effectlog effectlogy:effectlog effectll:effectl effecte:effect effecteed:effecte
effectsses:effectss effectss:effectss effectbli:effectbl effecteli:effect effectator:effect
effectalism:effect effectfulness:effect effectaliti:effect effection:effect effectsion:effects
effecttion:effectt effectou:effect effectate:effect effectiti:effect effectible:effect
effectable:effect effectant:effect bowdler:bowdler bowdlers:bowdler bowdleres:bowdler
bowdleries:bowdleri bowdleried:bowdleri bowdlered:bowdler bowdlering:bowdler bowdlery:bowdleri
bowdlerly:bowdlerli bowdlerli:bowdlerli bowdleral:bowdler bowdleralli:bowdler bowdleration:bowdler
bowdlerational:bowdler bowdlertional:bowdlert bowdlerness:bowdler bowdlerful:bowdler
bowdlerfulli:bowdler bowdlerism:bowdler bowdlerize:bowdler bowdlerizer:bowdler
bowdlerization:bowdler bowdlerive:bowdler bowdleriveness:bowdler bowdleriviti:bowdler
bowdlerity:bowdler bowdleribility:bowdler bowdlerbiliti:bowdlerbl bowdlerment:bowdler
bowdlerement:bowdler bowdlerent:bowdler bowdlerentli:bowdler bowdlerence:bowdler bowdlerenci:bowdler
bowdlerance:bowdler bowdleranci:bowdler bowdlerer:bowdler bowdleric:bowdler bowdlerical:bowdler
bowdlericate:bowdler bowdlericiti:bowdler bowdlerative:bowdler bowdleralize:bowdler
bowdlerous:bowdler bowdlerousli:bowdler bowdlerousness:bowdler bowdlerlogi:bowdlerlog
bowdlerlogy:bowdlerlog bowdlerll:bowdlerl bowdlere:bowdler bowdlereed:bowdlere bowdlersses:bowdlerss
bowdlerss:bowdlerss bowdlerbli:bowdlerbl bowdlereli:bowdler bowdlerator:bowdler bowdleralism:bowdler
bowdlerfulness:bowdler bowdleraliti:bowdler bowdlerion:bowdlerion bowdlersion:bowdlers
bowdlertion:bowdlert bowdlerou:bowdler bowdlerate:bowdler bowdleriti:bowdler bowdlerible:bowdler
bowdlerable:bowdler bowdlerant:bowdler angular:angular angulars:angular angulares:angular
angularies:angulari angularied:angulari angulared:angular angularing:angular angulary:angulari
angularly:angularli angularli:angularli angularal:angular angularalli:angular angularation:angular
angularational:angular angulartional:angulart angularness:angular angularful:angular
angularfulli:angular angularism:angular angularize:angular angularizer:angular
angularization:angular angularive:angular angulariveness:angular angulariviti:angular
angularity:angular angularibility:angular angularbiliti:angularbl angularment:angular
angularement:angular angularent:angular angularentli:angular angularence:angular angularenci:angular
angularance:angular angularanci:angular angularer:angular angularic:angular angularical:angular
angularicate:angular angulariciti:angular angularative:angular angularalize:angular
angularous:angular angularousli:angular angularousness:angular angularlogi:angularlog
angularlogy:angularlog angularll:angularl angulare:angular angulareed:angulare angularsses:angularss
angularss:angularss angularbli:angularbl angulareli:angular angularator:angular angularalism:angular
angularfulness:angular angularaliti:angular angularion:angularion angularsion:angulars
angulartion:angulart angularou:angular angularate:angular angulariti:angular angularible:angular
angularable:angular angularant:angular homolog:homolog homologs:homolog homologes:homolog
homologies:homolog homologied:homolog homologed:homolog homologing:homolog homology:homolog
homologly:homologli homologli:homologli homologal:homolog homologalli:homolog homologation:homolog
homologational:homolog homologtional:homologt homologness:homolog homologful:homolog
homologfulli:homolog homologism:homolog homologize:homolog homologizer:homolog
homologization:homolog homologive:homolog homologiveness:homolog homologiviti:homolog
homologity:homolog homologibility:homolog homologbiliti:homologbl homologment:homolog
homologement:homolog homologent:homolog homologentli:homolog homologence:homolog homologenci:homolog
homologance:homolog homologanci:homolog homologer:homolog homologic:homolog homological:homolog
homologicate:homolog homologiciti:homolog homologative:homolog homologalize:homolog
homologous:homolog homologousli:homolog homologousness:homolog homologlogi:homologlog
homologlogy:homologlog homologll:homologl homologe:homolog homologeed:homologe homologsses:homologss
homologss:homologss homologbli:homologbl homologeli:homolog homologator:homolog homologalism:homolog
homologfulness:homolog homologaliti:homolog homologion:homologion homologsion:homologs
homologtion:homologt homologou:homolog homologate:homolog homologiti:homolog homologible:homolog
homologable:homolog homologant:homolog conform:conform conforms:conform conformes:conform
conformies:conformi conformied:conformi conformed:conform conforming:conform conformy:conformi
conformly:conformli conformli:conformli conformal:conform conformalli:conform conformation:conform
conformational:conform conformtional:conformt conformness:conform conformful:conform
conformfulli:conform conformism:conform conformize:conform conformizer:conform
conformization:conform conformive:conform conformiveness:conform conformiviti:conform
conformity:conform conformibility:conform conformbiliti:conformbl conformment:conform
conformement:conform conforment:confor conformentli:confor conformence:conform conformenci:conform
conformance:conform conformanci:conform conformer:conform conformic:conform conformical:conform
conformicate:conform conformiciti:conform conformative:conform conformalize:conform
conformous:conform conformousli:conform conformousness:conform conformlogi:conformlog
conformlogy:conformlog conformll:conforml conforme:conform conformeed:conforme conformsses:conformss
conformss:conformss conformbli:conformbl conformeli:conform conformator:conform conformalism:conform
conformfulness:conform conformaliti:conform conformion:conformion conformsion:conforms
conformtion:conformt conformou:conform conformate:conform conformiti:conform conformible:conform
conformable:conform conformant:conform differ:differ differs:differ differes:differ
differies:differi differied:differi differed:differ differing:differ differy:differi
differly:differli differli:differli differal:differ differalli:differ differation:differ
differational:differ differtional:differt differness:differ differful:differ differfulli:differ
differism:differ differize:differ differizer:differ differization:differ differive:differ
differiveness:differ differiviti:differ differity:differ differibility:differ differbiliti:differbl
differment:differ differement:differ different:differ differentli:differ difference:differ
differenci:differ differance:differ differanci:differ differer:differ differic:differ
differical:differ differicate:differ differiciti:differ differative:differ differalize:differ
differous:differ differousli:differ differousness:differ differlogi:differlog differlogy:differlog
differll:differl differe:differ differeed:differe differsses:differss differss:differss
differbli:differbl differeli:differ differator:differ differalism:differ differfulness:differ
differaliti:differ differion:differion differsion:differs differtion:differt differou:differ
differate:differ differiti:differ differible:differ differable:differ differant:differ vil:vil
vils:vil viles:vile vilies:vili vilied:vili viled:vile viling:vile vily:vili villy:villi villi:villi
vilal:vilal vilalli:vilal vilation:vilat vilational:vilat viltional:viltion vilness:vil vilful:vil
vilfulli:vil vilism:vilism vilize:viliz vilizer:viliz vilization:viliz vilive:viliv viliveness:viliv
viliviti:viliv vility:viliti vilibility:vilibl vilbiliti:vilbl vilment:vilment vilement:vilement
vilent:vilent vilentli:vilent vilence:vilenc vilenci:vilenc vilance:vilanc vilanci:vilanc
viler:viler vilic:vilic vilical:vilic vilicate:vilic viliciti:vilic vilative:vil vilalize:vilal
vilous:vilou vilousli:vilous vilousness:vilous villogi:villog villogy:villog villl:villl vile:vile
vileed:vile vilsses:vilss vilss:vilss vilbli:vilbl vileli:vile vilator:vilat vilalism:vilal
vilfulness:vil vilaliti:vilal vilion:vilion vilsion:vilsion viltion:viltion vilou:vilou vilate:vilat
viliti:viliti vilible:vilibl vilable:vilabl vilant:vilant analog:analog analogs:analog
analoges:analog analogies:analog analogied:analog analoged:analog analoging:analog analogy:analog
analogly:analogli analogli:analogli analogal:analog analogalli:analog analogation:analog
analogational:analog analogtional:analogt analogness:analog analogful:analog analogfulli:analog
analogism:analog analogize:analog analogizer:analog analogization:analog analogive:analog
analogiveness:analog analogiviti:analog analogity:analog analogibility:analog analogbiliti:analogbl
analogment:analog analogement:analog analogent:analog analogentli:analog analogence:analog
analogenci:analog analogance:analog analoganci:analog analoger:analog analogic:analog
analogical:analog analogicate:analog analogiciti:analog analogative:analog analogalize:analog
analogous:analog analogousli:analog analogousness:analog analoglogi:analoglog analoglogy:analoglog
analogll:analogl analoge:analog analogeed:analoge analogsses:analogss analogss:analogss
analogbli:analogbl analogeli:analog analogator:analog analogalism:analog analogfulness:analog
analogaliti:analog analogion:analogion analogsion:analogs analogtion:analogt analogou:analog
analogate:analog analogiti:analog analogible:analog analogable:analog analogant:analog
vietnam:vietnam vietnams:vietnam vietnames:vietnam vietnamies:vietnami vietnamied:vietnami
vietnamed:vietnam vietnaming:vietnam vietnamy:vietnami vietnamly:vietnamli vietnamli:vietnamli
vietnamal:vietnam vietnamalli:vietnam vietnamation:vietnam vietnamational:vietnam
vietnamtional:vietnamt vietnamness:vietnam vietnamful:vietnam vietnamfulli:vietnam
vietnamism:vietnam vietnamize:vietnam vietnamizer:vietnam vietnamization:vietnam vietnamive:vietnam
vietnamiveness:vietnam vietnamiviti:vietnam vietnamity:vietnam vietnamibility:vietnam
vietnambiliti:vietnambl vietnamment:vietnam vietnamement:vietnam vietnament:vietnament
vietnamentli:vietnament vietnamence:vietnam vietnamenci:vietnam vietnamance:vietnam
vietnamanci:vietnam vietnamer:vietnam vietnamic:vietnam vietnamical:vietnam vietnamicate:vietnam
vietnamiciti:vietnam vietnamative:vietnam vietnamalize:vietnam vietnamous:vietnam
vietnamousli:vietnam vietnamousness:vietnam vietnamlogi:vietnamlog vietnamlogy:vietnamlog
vietnamll:vietnaml vietname:vietnam vietnameed:vietname vietnamsses:vietnamss vietnamss:vietnamss
vietnambli:vietnambl vietnameli:vietnam vietnamator:vietnam vietnamalism:vietnam
vietnamfulness:vietnam vietnamaliti:vietnam vietnamion:vietnamion vietnamsion:vietnams
vietnamtion:vietnamt vietnamou:vietnam vietnamate:vietnam vietnamiti:vietnam vietnamible:vietnam
vietnamable:vietnam vietnamant:vietnam predic:predic predics:predic predices:predic
predicies:predici predicied:predici prediced:predic predicing:predic predicy:predici
predicly:predicli predicli:predicli predical:predic predicalli:predic predication:predic
predicational:predic predictional:predict predicness:predic predicful:predic predicfulli:predic
predicism:predic predicize:predic predicizer:predic predicization:predic predicive:predic
prediciveness:predic prediciviti:predic predicity:predic predicibility:predic predicbiliti:predicbl
predicment:predic predicement:predic predicent:predic predicentli:predic predicence:predic
predicenci:predic predicance:predic predicanci:predic predicer:predic predicic:predic
predicical:predic predicicate:predic prediciciti:predic predicative:predic predicalize:predic
predicous:predic predicousli:predic predicousness:predic prediclogi:prediclog prediclogy:prediclog
predicll:predicl predice:predic prediceed:predice predicsses:predicss predicss:predicss
predicbli:predicbl prediceli:predic predicator:predic predicalism:predic predicfulness:predic
predicaliti:predic predicion:predicion predicsion:predics prediction:predict predicou:predic
predicate:predic prediciti:predic predicible:predic predicable:predic predicant:predic oper:oper
opers:oper operes:oper operies:operi operied:operi opered:oper opering:oper opery:operi
operly:operli operli:operli operal:oper operalli:oper operation:oper operational:oper
opertional:opert operness:oper operful:oper operfulli:oper operism:oper operize:oper operizer:oper
operization:oper operive:oper operiveness:oper operiviti:oper operity:oper operibility:oper
operbiliti:operbl operment:oper operement:oper operent:oper operentli:oper operence:oper
operenci:oper operance:oper operanci:oper operer:oper operic:oper operical:oper opericate:oper
opericiti:oper operative:oper operalize:oper operous:oper operousli:oper operousness:oper
operlogi:operlog operlogy:operlog operll:operl opere:oper opereed:opere opersses:operss
operss:operss operbli:operbl opereli:oper operator:oper operalism:oper operfulness:oper
operaliti:oper operion:operion opersion:opers opertion:opert operou:oper operate:oper operiti:oper
operible:oper operable:oper operant:oper feud:feud feuds:feud feudes:feud feudies:feudi
feudied:feudi feuded:feud feuding:feud feudy:feudi feudly:feudli feudli:feudli feudal:feudal
feudalli:feudal feudation:feudat feudational:feudat feudtional:feudtion feudness:feud feudful:feud
feudfulli:feud feudism:feudism feudize:feudiz feudizer:feudiz feudization:feudiz feudive:feudiv
feudiveness:feudiv feudiviti:feudiv feudity:feuditi feudibility:feudibl feudbiliti:feudbl
feudment:feudment feudement:feudement feudent:feudent feudentli:feudent feudence:feudenc
feudenci:feudenc feudance:feudanc feudanci:feudanc feuder:feuder feudic:feudic feudical:feudic
feudicate:feudic feudiciti:feudic feudative:feud feudalize:feudal feudous:feudou feudousli:feudous
feudousness:feudous feudlogi:feudlog feudlogy:feudlog feudll:feudll feude:feud feudeed:feude
feudsses:feudss feudss:feudss feudbli:feudbl feudeli:feud feudator:feudat feudalism:feudal
feudfulness:feud feudaliti:feudal feudion:feudion feudsion:feudsion feudtion:feudtion feudou:feudou
feudate:feudat feuditi:feuditi feudible:feudibl feudable:feudabl feudant:feudant decis:deci
deciss:deciss decises:decis decisies:decisi decisied:decisi decised:decis decising:decis
decisy:decisi decisly:decisli decisli:decisli decisal:decis decisalli:decis decisation:decis
decisational:decis decistional:decist decisness:decis decisful:decis decisfulli:decis decisism:decis
decisize:decis decisizer:decis decisization:decis decisive:decis decisiveness:decis decisiviti:decis
decisity:decis decisibility:decis decisbiliti:decisbl decisment:decis decisement:decis
decisent:decis decisentli:decis decisence:decis decisenci:decis decisance:decis decisanci:decis
deciser:decis decisic:decis decisical:decis decisicate:decis decisiciti:decis decisative:decis
decisalize:decis decisous:decis decisousli:decis decisousness:decis decislogi:decislog
decislogy:decislog decisll:decisl decise:decis deciseed:decise decissses:decisss decisss:decisss
decisbli:decisbl deciseli:decis decisator:decis decisalism:decis decisfulness:decis decisaliti:decis
decision:decis decission:deciss decistion:decist decisou:decis decisate:decis decisiti:decis
decisible:decis decisable:decis decisant:decis hopees:hope hopeies:hopei hopeied:hopei hopeing:hope
hopey:hopey hopely:hope hopeal:hopeal hopealli:hopeal hopeation:hopeat hopeational:hopeat
hopetional:hopet hopeness:hope hopeful:hope hopefulli:hope hopeism:hopeism hopeize:hopeiz
hopeizer:hopeiz hopeization:hopeiz hopeive:hopeiv hopeiveness:hopeiv hopeiviti:hopeiv
hopeity:hopeiti hopeibility:hopeibl hopebiliti:hopebl hopeement:hopeement hopeent:hopeent
hopeentli:hopeent hopeence:hopeenc hopeenci:hopeenc hopeance:hopeanc hopeanci:hopeanc hopeer:hopeer
hopeic:hopeic hopeical:hopeic hopeicate:hopeic hopeiciti:hopeic hopeative:hope hopealize:hopeal
hopeous:hopeou hopeousli:hopeous hopeousness:hopeous hopelogi:hopelog hopelogy:hopelog hopell:hopel
hopee:hope hopeeed:hopee hopesses:hopess hopess:hopess hopebli:hopebl hopeeli:hope hopeator:hopeat
hopealism:hopeal hopefulness:hope hopealiti:hopeal hopeion:hopeion hopesion:hopes hopetion:hopet
hopeou:hopeou hopeate:hopeat hopeiti:hopeiti hopeible:hopeibl hopeable:hopeabl hopeant:hopeant
callous:callou callouss:callouss callouses:callous callousies:callousi callousied:callousi
calloused:callous callousing:callous callousy:callousi callously:callous callousli:callous
callousal:callous callousalli:callous callousation:callous callousational:callous
calloustional:calloust callousness:callous callousful:callous callousfulli:callous
callousism:callous callousize:callous callousizer:callous callousization:callous callousive:callous
callousiveness:callous callousiviti:callous callousity:callous callousibility:callous
callousbiliti:callousbl callousment:callous callousement:callous callousent:callous
callousentli:callous callousence:callous callousenci:callous callousance:callous callousanci:callous
callouser:callous callousic:callous callousical:callous callousicate:callous callousiciti:callous
callousative:callous callousalize:callous callousous:callous callousousli:callous
callousousness:callous callouslogi:callouslog callouslogy:callouslog callousll:callousl
callouse:callous callouseed:callouse calloussses:callousss callousss:callousss callousbli:callousbl
callouseli:callous callousator:callous callousalism:callous callousfulness:callous
callousaliti:callous callousion:callous calloussion:callouss calloustion:calloust callousou:callous
callousate:callous callousiti:callous callousible:callous callousable:callous callousant:callous
digit:digit digits:digit digites:digit digities:digiti digitied:digiti digited:digit digiting:digit
digity:digiti digitly:digitli digitli:digitli digital:digit digitalli:digit digitation:digit
digitational:digit digittional:digitt digitness:digit digitful:digit digitfulli:digit digitism:digit
digitize:digit digitizer:digit digitization:digit digitive:digit digitiveness:digit digitiviti:digit
digitity:digit digitibility:digit digitbiliti:digitbl digitment:digit digitement:digit
digitent:digit digitentli:digit digitence:digit digitenci:digit digitance:digit digitanci:digit
digiter:digit digitic:digit digitical:digit digiticate:digit digiticiti:digit digitative:digit
digitalize:digit digitous:digit digitousli:digit digitousness:digit digitlogi:digitlog
digitlogy:digitlog digitll:digitl digite:digit digiteed:digite digitsses:digitss digitss:digitss
digitbli:digitbl digiteli:digit digitator:digit digitalism:digit digitfulness:digit digitaliti:digit
digition:digit digitsion:digits digittion:digitt digitou:digit digitate:digit digititi:digit
digitible:digit digitable:digit digitant:digit hesit:hesit hesits:hesit hesites:hesit
hesities:hesiti hesitied:hesiti hesited:hesit hesiting:hesit hesity:hesiti hesitly:hesitli
hesitli:hesitli hesital:hesit hesitalli:hesit hesitation:hesit hesitational:hesit hesittional:hesitt
hesitness:hesit hesitful:hesit hesitfulli:hesit hesitism:hesit hesitize:hesit hesitizer:hesit
hesitization:hesit hesitive:hesit hesitiveness:hesit hesitiviti:hesit hesitity:hesit
hesitibility:hesit hesitbiliti:hesitbl hesitment:hesit hesitement:hesit hesitent:hesit
hesitentli:hesit hesitence:hesit hesitenci:hesit hesitance:hesit hesitanci:hesit hesiter:hesit
hesitic:hesit hesitical:hesit hesiticate:hesit hesiticiti:hesit hesitative:hesit hesitalize:hesit
hesitous:hesit hesitousli:hesit hesitousness:hesit hesitlogi:hesitlog hesitlogy:hesitlog
hesitll:hesitl hesite:hesit hesiteed:hesite hesitsses:hesitss hesitss:hesitss hesitbli:hesitbl
hesiteli:hesit hesitator:hesit hesitalism:hesit hesitfulness:hesit hesitaliti:hesit hesition:hesit
hesitsion:hesits hesittion:hesitt hesitou:hesit hesitate:hesit hesititi:hesit hesitible:hesit
hesitable:hesit hesitant:hesit val:val vals:val vales:vale valies:vali valied:vali valed:vale
valing:vale valy:vali vally:valli valli:valli valal:valal valalli:valal valation:valat
valational:valat valtional:valtion valness:val valful:val valfulli:val valism:valism valize:valiz
valizer:valiz valization:valiz valive:valiv valiveness:valiv valiviti:valiv vality:valiti
valibility:valibl valbiliti:valbl valment:valment valement:valement valent:valent valentli:valent
valence:valenc valenci:valenc valance:valanc valanci:valanc valer:valer valic:valic valical:valic
valicate:valic valiciti:valic valative:val valalize:valal valous:valou valousli:valous
valousness:valous vallogi:vallog vallogy:vallog valll:valll vale:vale valeed:vale valsses:valss
valss:valss valbli:valbl valeli:vale valator:valat valalism:valal valfulness:val valaliti:valal
valion:valion valsion:valsion valtion:valtion valou:valou valate:valat valiti:valiti valible:valibl
valable:valabl valant:valant cond:cond conds:cond condes:cond condies:condi condied:condi
conded:cond conding:cond condy:condi condly:condli condli:condli condal:condal condalli:condal
condation:condat condational:condat condtional:condtion condness:cond condful:cond condfulli:cond
condism:condism condize:condiz condizer:condiz condization:condiz condive:condiv condiveness:condiv
condiviti:condiv condity:conditi condibility:condibl condbiliti:condbl condment:condment
condement:condement condent:condent condentli:condent condence:condenc condenci:condenc
condance:condanc condanci:condanc conder:conder condic:condic condical:condic condicate:condic
condiciti:condic condative:cond condalize:condal condous:condou condousli:condous
condousness:condous condlogi:condlog condlogy:condlog condll:condll conde:cond condeed:conde
condsses:condss condss:condss condbli:condbl condeli:cond condator:condat condalism:condal
condfulness:cond condaliti:condal condion:condion condsion:condsion condtion:condtion condou:condou
condate:condat conditi:conditi condible:condibl condable:condabl condant:condant troubl:troubl
troubls:troubl troubles:troubl troublies:troubli troublied:troubli troubled:troubl troubling:troubl
troubly:troubli troublly:troublli troublli:troublli troublal:troublal troublalli:troublal
troublation:troublat troublational:troublat troubltional:troubltion troublness:troubl
troublful:troubl troublfulli:troubl troublism:troublism troublize:troubliz troublizer:troubliz
troublization:troubliz troublive:troubliv troubliveness:troubliv troubliviti:troubliv
troublity:troubliti troublibility:troublibl troublbiliti:troublbl troublment:troublment
troublement:troublement troublent:troublent troublentli:troublent troublence:troublenc
troublenci:troublenc troublance:troublanc troublanci:troublanc troubler:troubler troublic:troublic
troublical:troublic troublicate:troublic troubliciti:troublic troublative:troubl
troublalize:troublal troublous:troublou troublousli:troublous troublousness:troublous
troubllogi:troubllog troubllogy:troubllog troublll:troublll trouble:troubl troubleed:trouble
troublsses:troublss troublss:troublss troublbli:troublbl troubleli:troubl troublator:troublat
troublalism:troublal troublfulness:troubl troublaliti:troublal troublion:troublion
troublsion:troublsion troubltion:troubltion troublou:troublou troublate:troublat troubliti:troubliti
troublible:troublibl troublable:troublabl troublant:troublant siz:siz sizs:siz sizes:size
sizies:sizi sizied:sizi sized:size sizing:size sizy:sizi sizly:sizli sizli:sizli sizal:sizal
sizalli:sizal sization:sizat sizational:sizat siztional:siztion sizness:siz sizful:siz sizfulli:siz
sizism:sizism sizize:siziz sizizer:siziz sizization:siziz sizive:siziv siziveness:siziv
siziviti:siziv sizity:siziti sizibility:sizibl sizbiliti:sizbl sizment:sizment sizement:sizement
sizent:sizent sizentli:sizent sizence:sizenc sizenci:sizenc sizance:sizanc sizanci:sizanc
sizer:sizer sizic:sizic sizical:sizic sizicate:sizic siziciti:sizic sizative:siz sizalize:sizal
sizous:sizou sizousli:sizous sizousness:sizous sizlogi:sizlog sizlogy:sizlog sizll:sizll size:size
sizeed:size sizsses:sizss sizss:sizss sizbli:sizbl sizeli:size sizator:sizat sizalism:sizal
sizfulness:siz sizaliti:sizal sizion:sizion sizsion:sizsion siztion:siztion sizou:sizou sizate:sizat
siziti:siziti sizible:sizibl sizable:sizabl sizant:sizant tann:tann tanns:tann tannes:tann
tannies:tanni tannied:tanni tanned:tan tanning:tan tanny:tanni tannly:tannli tannli:tannli
tannal:tannal tannalli:tannal tannation:tannat tannational:tannat tanntional:tanntion tannness:tann
tannful:tann tannfulli:tann tannism:tannism tannize:tanniz tannizer:tanniz tannization:tanniz
tannive:tanniv tanniveness:tanniv tanniviti:tanniv tannity:tanniti tannibility:tannibl
tannbiliti:tannbl tannment:tannment tannement:tannement tannent:tannent tannentli:tannent
tannence:tannenc tannenci:tannenc tannance:tannanc tannanci:tannanc tanner:tanner tannic:tannic
tannical:tannic tannicate:tannic tanniciti:tannic tannative:tann tannalize:tannal tannous:tannou
tannousli:tannous tannousness:tannous tannlogi:tannlog tannlogy:tannlog tannll:tannll tanne:tann
tanneed:tanne tannsses:tannss tannss:tannss tannbli:tannbl tanneli:tann tannator:tannat
tannalism:tannal tannfulness:tann tannaliti:tannal tannion:tannion tannsion:tannsion
tanntion:tanntion tannou:tannou tannate:tannat tanniti:tanniti tannible:tannibl tannable:tannabl
tannant:tannant fall:fall falls:fall falles:fall fallies:falli fallied:falli falled:fall
falling:fall fally:falli fallly:fallli fallli:fallli fallal:fallal fallalli:fallal fallation:fallat
fallational:fallat falltional:falltion fallness:fall fallful:fall fallfulli:fall fallism:fallism
fallize:falliz fallizer:falliz fallization:falliz fallive:falliv falliveness:falliv falliviti:falliv
fallity:falliti fallibility:fallibl fallbiliti:fallbl fallment:fallment fallement:fallement
fallent:fallent fallentli:fallent fallence:fallenc fallenci:fallenc fallance:fallanc
fallanci:fallanc faller:faller fallic:fallic fallical:fallic fallicate:fallic falliciti:fallic
fallative:fall fallalize:fallal fallous:fallou fallousli:fallous fallousness:fallous
falllogi:falllog falllogy:falllog fallll:fallll falle:fall falleed:falle fallsses:fallss
fallss:fallss fallbli:fallbl falleli:fall fallator:fallat fallalism:fallal fallfulness:fall
fallaliti:fallal fallion:fallion fallsion:fallsion falltion:falltion fallou:fallou fallate:fallat
falliti:falliti fallible:fallibl fallable:fallabl fallant:fallant hiss:hiss hisss:hisss hisses:hiss
hissies:hissi hissied:hissi hissed:hiss hissing:hiss hissy:hissi hissly:hissli hissli:hissli
hissal:hissal hissalli:hissal hissation:hissat hissational:hissat hisstional:hisstion hissness:hiss
hissful:hiss hissfulli:hiss hissism:hissism hissize:hissiz hissizer:hissiz hissization:hissiz
hissive:hissiv hissiveness:hissiv hissiviti:hissiv hissity:hissiti hissibility:hissibl
hissbiliti:hissbl hissment:hissment hissement:hissement hissent:hissent hissentli:hissent
hissence:hissenc hissenci:hissenc hissance:hissanc hissanci:hissanc hisser:hisser hissic:hissic
hissical:hissic hissicate:hissic hissiciti:hissic hissative:hiss hissalize:hissal hissous:hissou
hissousli:hissous hissousness:hissous hisslogi:hisslog hisslogy:hisslog hissll:hissll hisse:hiss
hisseed:hisse hisssses:hissss hissss:hissss hissbli:hissbl hisseli:hiss hissator:hissat
hissalism:hissal hissfulness:hiss hissaliti:hissal hission:hission hisssion:hisssion
hisstion:hisstion hissou:hissou hissate:hissat hissiti:hissiti hissible:hissibl hissable:hissabl
hissant:hissant fizz:fizz fizzs:fizz fizzes:fizz fizzies:fizzi fizzied:fizzi fizzed:fizz
fizzing:fizz fizzy:fizzi fizzly:fizzli fizzli:fizzli fizzal:fizzal fizzalli:fizzal fizzation:fizzat
fizzational:fizzat fizztional:fizztion fizzness:fizz fizzful:fizz fizzfulli:fizz fizzism:fizzism
fizzize:fizziz fizzizer:fizziz fizzization:fizziz fizzive:fizziv fizziveness:fizziv fizziviti:fizziv
fizzity:fizziti fizzibility:fizzibl fizzbiliti:fizzbl fizzment:fizzment fizzement:fizzement
fizzent:fizzent fizzentli:fizzent fizzence:fizzenc fizzenci:fizzenc fizzance:fizzanc
fizzanci:fizzanc fizzer:fizzer fizzic:fizzic fizzical:fizzic fizzicate:fizzic fizziciti:fizzic
fizzative:fizz fizzalize:fizzal fizzous:fizzou fizzousli:fizzous fizzousness:fizzous
fizzlogi:fizzlog fizzlogy:fizzlog fizzll:fizzll fizze:fizz fizzeed:fizze fizzsses:fizzss
fizzss:fizzss fizzbli:fizzbl fizzeli:fizz fizzator:fizzat fizzalism:fizzal fizzfulness:fizz
fizzaliti:fizzal fizzion:fizzion fizzsion:fizzsion fizztion:fizztion fizzou:fizzou fizzate:fizzat
fizziti:fizziti fizzible:fizzibl fizzable:fizzabl fizzant:fizzant fail:fail fails:fail failes:fail
failies:faili failied:faili failed:fail failing:fail faily:faili failly:failli failli:failli
failal:failal failalli:failal failation:failat failational:failat failtional:failtion failness:fail
failful:fail failfulli:fail failism:failism failize:failiz failizer:failiz failization:failiz
failive:failiv failiveness:failiv failiviti:failiv faility:failiti failibility:failibl
failbiliti:failbl failment:failment failement:failement failent:failent failentli:failent
failence:failenc failenci:failenc failance:failanc failanci:failanc failer:failer failic:failic
failical:failic failicate:failic failiciti:failic failative:fail failalize:failal failous:failou
failousli:failous failousness:failous faillogi:faillog faillogy:faillog failll:failll faile:fail
faileed:faile failsses:failss failss:failss failbli:failbl faileli:fail failator:failat
failalism:failal failfulness:fail failaliti:failal failion:failion failsion:failsion
failtion:failtion failou:failou failate:failat failiti:failiti failible:failibl failable:failabl
failant:failant happ:happ happs:happ happes:happ happies:happi happied:happi happed:hap happing:hap
happy:happi happly:happli happli:happli happal:happal happalli:happal happation:happat
happational:happat happtional:hapption happness:happ happful:happ happfulli:happ happism:happism
happize:happiz happizer:happiz happization:happiz happive:happiv happiveness:happiv happiviti:happiv
happity:happiti happibility:happibl happbiliti:happbl happment:happment happement:happement
happent:happent happentli:happent happence:happenc happenci:happenc happance:happanc
happanci:happanc happer:happer happic:happic happical:happic happicate:happic happiciti:happic
happative:happ happalize:happal happous:happou happousli:happous happousness:happous
happlogi:happlog happlogy:happlog happll:happll happe:happ happeed:happe happsses:happss
happss:happss happbli:happbl happeli:happ happator:happat happalism:happal happfulness:happ
happaliti:happal happion:happion happsion:happsion hapption:hapption happou:happou happate:happat
happiti:happiti happible:happibl happable:happabl happant:happant tr:tr trs:tr tres:tre tries:tri
tried:tri tred:tred tring:tring try:tri trly:trli trli:trli tral:tral tralli:tralli tration:tration
trational:tration trtional:trtional trness:trness trful:trful trfulli:trfulli trism:trism
trize:trize trizer:trizer trization:trizat trive:trive triveness:trive triviti:triviti trity:triti
tribility:tribil trbiliti:trbiliti trment:trment trement:trement trent:trent trentli:trentli
trence:trenc trenci:trenci trance:tranc tranci:tranci trer:trer tric:tric trical:trical
tricate:tricat triciti:triciti trative:trativ tralize:traliz trous:trou trousli:trousli
trousness:trous trlogi:trlogi trlogy:trlogi trll:trll tre:tre treed:treed trsses:trss trss:trss
trbli:trbli treli:treli trator:trator tralism:tralism trfulness:trful traliti:traliti trion:trion
trsion:trsion trtion:trtion trou:trou trate:trate triti:triti trible:tribl trable:trabl trant:trant
ag:ag ags:ag ages:age agies:agi agied:agi aged:age aging:age agy:agi agly:agli agli:agli agal:agal
agalli:agal agation:agat agational:agat agtional:agtion agness:ag agful:ag agfulli:ag agism:agism
agize:agiz agizer:agiz agization:agiz agive:agiv agiveness:agiv agiviti:agiv agity:agiti
agibility:agibl agbiliti:agbl agment:agment agement:agement agent:agent agentli:agent agence:agenc
agenci:agenc agance:aganc aganci:aganc ager:ager agic:agic agical:agic agicate:agic agiciti:agic
agative:ag agalize:agal agous:agou agousli:agous agousness:agous aglogi:aglog aglogy:aglog agll:agll
age:age ageed:age agsses:agss agss:agss agbli:agbl ageli:age agator:agat agalism:agal agfulness:ag
agaliti:agal agion:agion agsion:agsion agtion:agtion agou:agou agate:agat agiti:agiti agible:agibl
agable:agabl agant:agant fe:fe fes:fe fees:fee feies:fei feied:fei feed:feed feing:fe fey:fey
fely:feli feli:feli feal:feal fealli:fealli feation:feation feational:feation fetional:fetion
feness:feness feful:feful fefulli:fefulli feism:feism feize:feiz feizer:feizer feization:feizat
feive:feiv feiveness:feiv feiviti:feiviti feity:feiti feibility:feibil febiliti:febil fement:fement
feement:feement feent:feent feentli:feentli feence:feenc feenci:feenci feance:feanc feanci:feanci
feer:feer feic:feic feical:feical feicate:feicat feiciti:feiciti feative:feativ fealize:fealiz
feous:feou feousli:feousli feousness:feous felogi:felog felogy:felog fell:fell fee:fee feeed:feeed
fesses:fess fess:fess febli:febli feeli:feeli feator:feator fealism:fealism fefulness:feful
fealiti:fealiti feion:feion fesion:fesion fetion:fetion feou:feou feate:feat feiti:feiti
feible:feibl feable:feabl feant:feant mot:mot mots:mot motes:mote moties:moti motied:moti moted:mote
moting:mote moty:moti motly:motli motli:motli motal:motal motalli:motal motation:motat
motational:motat mottional:mottion motness:mot motful:mot motfulli:mot motism:motism motize:motiz
motizer:motiz motization:motiz motive:motiv motiveness:motiv motiviti:motiv motity:motiti
motibility:motibl motbiliti:motbl motment:motment motement:motement motent:motent motentli:motent
motence:motenc motenci:motenc motance:motanc motanci:motanc moter:moter motic:motic motical:motic
moticate:motic moticiti:motic motative:mot motalize:motal motous:motou motousli:motous
motousness:motous motlogi:motlog motlogy:motlog motll:motll mote:mote moteed:mote motsses:motss
motss:motss motbli:motbl moteli:mote motator:motat motalism:motal motfulness:mot motaliti:motal
motion:motion motsion:motsion mottion:mottion motou:motou motate:motat motiti:motiti motible:motibl
motable:motabl motant:motant ab:ab abs:ab abes:abe abies:abi abied:abi abed:abe abing:abe aby:abi
ably:abli abli:abli abal:abal aballi:abal abation:abat abational:abat abtional:abtion abness:ab
abful:ab abfulli:ab abism:abism abize:abiz abizer:abiz abization:abiz abive:abiv abiveness:abiv
abiviti:abiv abity:abiti abibility:abibl abbiliti:abbl abment:abment abement:abement abent:abent
abentli:abent abence:abenc abenci:abenc abance:abanc abanci:abanc aber:aber abic:abic abical:abic
abicate:abic abiciti:abic abative:ab abalize:abal abous:abou abousli:abous abousness:abous
ablogi:ablog ablogy:ablog abll:abll abe:abe abeed:abe absses:abss abss:abss abbli:abbl abeli:abe
abator:abat abalism:abal abfulness:ab abaliti:abal abion:abion absion:absion abtion:abtion abou:abou
abate:abat abiti:abiti abible:abibl abable:ababl abant:abant oa:oa oas:oa oaes:oae oaies:oai
oaied:oai oaed:oa oaing:oa oay:oay oaly:oali oali:oali oaal:oaal oaalli:oaalli oaation:oaation
oaational:oaation oational:oation oaness:oaness oaful:oaful oafulli:oafulli oaism:oaism oaize:oaiz
oaizer:oaizer oaization:oaizat oaive:oaiv oaiveness:oaiv oaiviti:oaiviti oaity:oaiti
oaibility:oaibil oabiliti:oabil oament:oament oaement:oaement oaent:oaent oaentli:oaentli
oaence:oaenc oaenci:oaenci oaance:oaanc oaanci:oaanci oaer:oaer oaic:oaic oaical:oaical
oaicate:oaicat oaiciti:oaiciti oaative:oaativ oaalize:oaaliz oaous:oaou oaousli:oaousli
oaousness:oaous oalogi:oalog oalogy:oalog oall:oall oae:oae oaeed:oaeed oasses:oass oass:oass
oabli:oabli oaeli:oaeli oaator:oaator oaalism:oaalism oafulness:oaful oaaliti:oaaliti oaion:oaion
oasion:oasion oation:oation oaou:oaou oaate:oaat oaiti:oaiti oaible:oaibl oaable:oaabl oaant:oaant
`
  .trim()
  .split(/\s+/)
  .map((pair) => {
    const [word, stem] = pair.split(':');
    return [word!, stem!] as const;
  });

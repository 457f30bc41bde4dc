"""Sentiment word lists for the languages VADER does not cover, plus our English additions.

Valences are on VADER's scale (-4 … +4) so that every language produces a comparable compound
score and one set of label thresholds works for all. Entries are folded (lower case, no
accents); a trailing ``*`` makes the entry a stem. Lines: ``VALENCE WORD [WORD …]``.

"schon" is deliberately absent from German: folded, "schön" (lovely) and "schon" (already,
as in "schon wieder kaputt") are the same word.

The lists are small on purpose: customer-service vocabulary (delivery, refunds, breakage,
danger, thanks) carries most of the signal in brand mentions, and a short list stays readable.
"""

from __future__ import annotations

# Added to VADER's lexicon for English: customer-service words VADER scores as neutral or, for
# "please", as positive (a request is not praise).
ENGLISH_ADDITIONS: dict[str, float] = {
    "please": 0.2,
    "pls": 0.0,
    "crash": -1.3,
    "crashes": -1.5,
    "crashing": -1.5,
    "crashed": -1.5,
    "freezes": -1.2,
    "froze": -1.2,
    "bug": -1.2,
    "bugs": -1.2,
    "buggy": -1.8,
    "glitch": -1.3,
    "glitchy": -1.5,
    "error": -1.3,
    "disconnecting": -1.3,
    "disconnects": -1.3,
    "refund": -0.8,
    "scratched": -1.3,
    "soaked": -0.8,
    "overheating": -2.0,
    "smoke": -1.5,
    "sparking": -1.8,
    "swollen": -1.5,
    "hacked": -2.5,
    "leaked": -1.8,
    "breach": -1.8,
    "recall": -1.5,
    "boycott": -2.2,
    "boycottlumio": -2.2,
    "lawyer": -1.0,
    "outage": -1.5,
    "downhill": -1.5,
    "useless": -2.2,
    "rude": -2.0,
    "downtime": -1.3,
    "garbage": -2.0,
    "hazard": -1.8,
    "hung": -0.8,
    "unplugged": -0.5,
    "stalker": -2.5,
    "overcharged": -2.0,
    "offline": -0.8,
    "expired": -0.8,
    "stuck": -1.2,
    "cheap": -0.8,
    "damaged": -1.8,
    "investigate": -1.0,
    "watchdog": -0.8,
    "journalist": -0.3,
    "kudos": 2.0,
    "props": 1.5,
    "shoutout": 1.8,
    "recommend": 1.5,
    "smoother": 1.5,
    "annoyed": -2.0,
}

# Emoji VADER reads by their English names; names that miss the customer-service meaning are
# replaced by a word from its lexicon.
ENGLISH_EMOJI_WORDS: dict[str, str] = {"🙄": "annoyed", "🙃": "annoyed", "😩": "frustrated"}

# Emoji valence for the other languages (VADER's table is English words).
EMOJI: dict[str, float] = {
    "😍": 3.0,
    "🥰": 3.0,
    "❤": 3.0,
    "💖": 3.0,
    "💕": 2.5,
    "😊": 2.0,
    "☺": 2.0,
    "🤩": 3.0,
    "👏": 2.0,
    "👍": 1.8,
    "🙌": 2.0,
    "💯": 2.0,
    "✨": 1.0,
    "⭐": 1.5,
    "🌟": 1.5,
    "🎉": 2.0,
    "😂": 1.0,
    "🤣": 1.0,
    "😀": 2.0,
    "😁": 2.0,
    "😃": 2.0,
    "🙂": 1.0,
    "💪": 1.5,
    "🔥": 0.0,
    "🙏": 0.5,
    "☀": 1.0,
    "🤞": 0.5,
    "😡": -3.0,
    "🤬": -3.5,
    "😠": -2.5,
    "😤": -2.0,
    "🙄": -2.0,
    "🙃": -1.5,
    "😒": -1.8,
    "😞": -2.0,
    "😢": -2.2,
    "😭": -2.5,
    "😩": -2.0,
    "😫": -2.0,
    "👎": -2.0,
    "💩": -2.5,
    "😱": -2.0,
    "🤮": -3.0,
    "😕": -1.2,
    "😐": -0.5,
}

SENTIMENT: dict[str, str] = {
    "es": """
2.0 gusta gustan gusto disfrute disfrutado divertido divertida agradable recomendado amable
2.5 maravilla impresionante brutal precios* genialidad
-2.0 aburrido aburrida caro cara decepcionante decepcionado decepcionada malisimo malisima feo fea
-2.5 odia odian odiamos fraude timo basura inutil molesto cabreado cabreada enfadado enfadada
3.0 encanta encantan encantado encantada adoro adoran amo maravilloso maravillosa precioso preciosa
3.0 excelente increible perfecto perfecta espectacular fantastico fantastica genial
2.5 buenisimo buenisima estupendo estupenda rapidisimo recomendable recomiendo enhorabuena crack
2.0 gracias agradezco agradece bueno buena bien contento contenta feliz satisfecho satisfecha
2.0 mejor rapido rapida facil comodo util guay chulo bonito bonita sorprendido felicidades lujo
1.0 ojala interesa
-3.5 pesimo pesima horrible asco vergonzoso vergonzosas vergonzosa verguenza nefasto desastre estafa
-3.0 fatal penoso lamentable inaceptable ridiculo racista odio indignante peligroso peligrosa
-2.5 maleducado maleducada grosero harto harta hartando decepcion* robo fraude hackeado hackeada
-2.5 roto rota defectuoso defectuosa quemado quemada humo fuego incendio explot* estallo
-2.0 malo mala peor lento lenta tarde nunca nadie cobraron rayado rayada danado danada
-2.0 error falla fallo cuelga cierra desconecta reinicia caduco caducado urgente ayuda socorro
-2.0 hinchada hinchado corte boicot* abogado demanda brecha filtraron sobrecalienta calienta
-1.5 esperando problema problemas queja reclamacion reembolso devolucion juguete duplicadas
-1.5 cortada molesta denuncia* cargos bajado perdid*
""",
    "fr": """
2.0 aime aimer aimons plaisir agreable beau belle jolie joli drole amusant captivant passionnant
2.5 genialissime exceptionnel exceptionnelle emouvant magique
-2.0 decevant decevante ennuyeux ennuyeuse moche triste mediocre fade
-2.5 deteste deteste* horrible nulissime inutile arnaqu* enerve enervee furieux furieuse
3.0 adore adorent j'adore magnifique merveilleu* parfait parfaite excellent excellente genial
3.0 incroyable formidable superbe sublime impeccable
2.5 top bravo chapeau recommande felicitations nickel meilleur
2.0 merci remercie apprecie bien bon bonne content contente heureux heureuse satisfait satisfaite
2.0 rapide pratique utile super sympa chouette surpris
-3.5 nul nulle horrible inadmissible scandale* honteu* lamentable catastroph* arnaque minable
-3.0 inacceptable deplorable raciste ecoeurant dangereu* desagreable
-2.5 decu decue deception marre impoli* pirate piratee fraude casse cassee defectueu*
-2.5 brule brulee fumee feu incendie explose gonfle boycott* avocat faille fuite
-2.0 mauvais mauvaise pire lent lente retard jamais personne raye rayee abime abimee
-2.0 plante bug erreur deconnecte redemarre expire urgent secours aidez surchauffe chauffe
-1.5 attente j'attends probleme problemes plainte reclamation remboursement cheap raccroche
-1.5 coupee double debite preleve gene perdu perdue perdus
""",
    "de": """
2.0 gefallt gefallen mag spannend lustig angenehm freundlich empfehlenswert lohnt
2.5 hammer wunderbar beeindruckend fesselnd traumhaft
-2.0 langweilig teuer enttauschend mittelmassig traurig hasslich nervig umstandlich
-2.5 hasse hassen mull schrott nutzlos argerlich wutend sauer abzocke
3.0 liebe lieben wunderschon perfekt genial fantastisch hervorragend ausgezeichnet grossartig
2.5 toll super spitze klasse begeistert empfehlung kaufempfehlung top
2.0 danke dankeschon gut zufrieden glucklich schnell praktisch freue schatzen
-3.5 katastroph* frechheit unverschamt* schrecklich furchtbar widerlich betrug
-3.0 inakzeptabel unzumutbar rassistisch gefahrlich unfreundlich peinlich lacherlich
-2.5 enttauscht enttauschung enttauschend kaputt defekt gehackt rauch feuer brand* verbrannt*
-2.5 boykott* anwalt sammelklage datenleck aufgeblaht uberhitzt
-2.0 schlecht schlechter schlimm mies langsam nie niemand niemals zerkratzt beschadigt billig
-2.0 absturz sturzt fehler startet dringend hilfe heiss abgelaufen schwach
-1.5 warte warteschleife problem probleme beschwerde reklamation erstattung aufgelegt doppelt
-1.5 abgebucht storniert abgeschnitten verloren
""",
    "pt": """
2.0 gosto gostei gostamos divertido divertida agradavel bonito bonita simpatico recomendado
2.5 maravilha impressionante show
-2.0 chato chata caro cara decepcionante triste feio feia fraco fraca
-2.5 odeio odiei odio lixo inutil irritado irritada raiva
3.0 adoro adorei amo amei amam linda lindo incrivel perfeito perfeita maravilh* excelente
3.0 sensacional apaixonado apaixonada
2.5 otimo otima top recomendo parabens caprichada caprichado melhor
2.0 obrigado obrigada agradeco valeu bom boa bem feliz satisfeito satisfeita rapida rapido
2.0 util legal surpreso surpresa
-3.5 pessimo pessima horrivel absurdo vergonha palhacada nojent* golpe fraude
-3.0 ridiculo inaceitavel lamentavel racista perigoso perigosa lixo descaso
-2.5 decepcionado decepcionada decepcao grosso grossa quebrado quebrada hackearam fumaca fogo
-2.5 incendio queimado explodiu estourou estufou boicote* advogado vazaram vazamento
-2.0 ruim pior lento lenta nunca ninguem riscado riscada danificado defeito trava erro
-2.0 desconecta reinicia expirou urgente socorro ajudem superaquecendo esquenta
-1.5 esperando aguardo problema problemas reclamacao reembolso brinquedo desligaram cobraram
-1.5 duplicadas cortada perdido perdida extraviado
""",
    "it": """
2.0 piace piaciuto piaciuta divertente piacevole bello bella gentile consigliato simpatico
2.5 meraviglia impressionante
-2.0 noioso noiosa caro cara deludente triste mediocre lento
-2.5 odio odiato inutile arrabbiato arrabbiata spazzatura fregatura
3.0 adoro adorano amo bellissimo bellissima stupendo stupenda perfetto perfetta fantastico
3.0 fantastica eccellente meraviglios* innamorata innamorato
2.5 ottimo ottima top consiglio consigliatissimo complimenti bravi grandissima grandissimo
2.0 grazie apprezzo apprezzatissimo bene buono buona contento contenta felice soddisfatto
2.0 soddisfatta veloce velocissima velocissimo utile comodo curato colpito migliore
-3.5 pessimo pessima orribile vergognoso vergognosa vergogna schifo truffa frode scandalo
-3.0 inaccettabile ridicolo assurdo razzista pericoloso pericolosa maleducato maleducatissimo
-2.5 deluso delusa rotto rotta difettoso hackerato fumo fuoco incendio bruciata bruciato
-2.5 esploso gonfiata boicott* avvocato violazione vergognose
-2.0 brutto brutta peggio lento lenta mai nessuno graffiata graffiato danneggiato errore
-2.0 blocca crasha disconnette riavvia scaduto urgente aiuto aiutatemi surriscalda bollente
-1.5 aspetto attesa problema problemi reclamo rimborso giocattolo doppie tagliata calata
-1.5 addebitato annullato perso persa smarrito
""",
}

BOOSTERS: dict[str, frozenset[str]] = {
    "es": frozenset("muy mucho muchisimo tan super totalmente realmente demasiado".split()),
    "fr": frozenset("tres vraiment trop tellement super totalement ultra".split()),
    "de": frozenset("sehr echt total wirklich extrem so voll super".split()),
    "pt": frozenset("muito muita demais super totalmente bem tao".split()),
    "it": frozenset("molto tanto troppo davvero super proprio tantissimo".split()),
}

# Ironic praise ("Great, another update that breaks everything 🙃"): when one of these is
# present a positive score is turned negative. Folded text.
SARCASM = (
    r"🙄|🙃|thanks for nothing|yeah right|/s\b|"
    r"(?:great|wow|fantastic|brilliant|love how)[,.!]+ (?:another|again|now)|"
    r"(?:que bien|genial)[,.!]* (?:otra vez|de nuevo|ahora)|"
    r"(?:super|bravo|genial)[,.!]* (?:encore|plus aucun)|"
    r"(?:toll|super)[,.!]* (?:wieder|schon wieder|jetzt)|"
    r"(?:que otimo|parabens)[,.!]* (?:de novo|pela atualizacao)|"
    r"(?:fantastico|complimenti)[,.!]* (?:di nuovo|per l'aggiornamento)"
)

"""Intent cue lexicon: phrases and regular expressions per language and intent.

Kept as data, apart from the scorer, so that a reviewer can read why a message was routed and
a translator can extend one language without touching code.

Format of each line: ``WEIGHT [~FLIP] REGEX``.

- Text is matched after folding: case-folded, accents stripped (``lámpara`` → ``lampara``),
  typographic apostrophes made plain. Write patterns folded.
- Every pattern is anchored on word edges by the scorer; use ``\\w*`` for stems.
- ``~intent``: the cue is *negatable*. When a negator of the language stands within the three
  words before it ("not great", "pas top"), its weight goes to that intent instead.
- ``!``: the cue counts only when negated ("not happy", "pas content", "nicht zufrieden" are
  complaints; "happy" alone says little: "happy friday").
- Weights are log-odds-like evidence: about 1 = a hint, 2 = a strong cue, 3+ = decisive
  (crisis and safety cues outrank everything because missing them costs most).

The key ``"*"`` holds cues that hold in any language (emoji, hashtags, numbers, product words
borrowed from English such as "bug", "app", "wifi").
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, str]] = {
    "*": {
        "complaint": r"""
1.2 [🙄😡🤬😤👎💩]
0.8 [😠😒😞😩]
""",
        "praise": r"""
1.0 [😍🥰❤💖💯🤩😊☺💕👏]
0.8 [👍🙌💪✨⭐🌟]
""",
        "question": r"""
0.6 \?
""",
        "bug_report": r"""
1.2 bug\w*
1.4 crash\w*
1.2 (?:error|erro|errore|erreur|fehler)\s*(?:code\s*)?#?\s*\d{2,}
1.0 \d{3} error
0.8 (?:android|ios|iphone|ipad|pixel|samsung|huawei|xiaomi|windows|macos|chrome|firefox|safari|edge)(?:\s*\d+)?
0.8 (?:firmware|v\d+(?:\.\d+)+)
0.6 (?:wifi|wi-fi|wlan|bluetooth|login|log-in|app|web ?app)
0.8 glitch\w*
""",
        "crisis_signal": r"""
3.0 #\s*(?:boycott|boicot|boycot|boykott|boicott)\w*
2.5 #\s*(?:delete|cancel)\w*
2.0 #\w*fail\w*
1.5 (?:viral\w*|trending|ceo|class action)
1.0 🧵
""",
        "urgent_safety": r"""
1.5 (?:sos|asap)
""",
        "other": r"""
1.0 (?:giveaway|link in bio)
0.6 [🎉🎄🎃🤞☕🐈🐕]
""",
    },
    "en": {
        "complaint": r"""
1.5 still (?:waiting|not|no|nothing|hasn't|haven't|hasnt|havent|didn't|didnt|don't|dont)
1.2 (?:worst|terrible|horrible|awful|appalling|pathetic|useless|disgraceful|unacceptable|ridiculous|shocking|rubbish|dreadful|outrageous|joke)
1.5 never (?:again|buying|ordering|shopping|using|coming back)
2.0 (?:want|need|demand|where(?:'s| is)) (?:my|a|the) (?:money back|refund)
1.0 refund\w*
1.5 (?:charged|billed|debited) (?:me )?(?:twice|double|two times|again)
1.5 (?:on hold|hung up|hang up|hangs up)
1.5 (?:disappoint\w*|fed up|sick of|tired of|had enough|about done|done with)
1.5 ! (?:ok|okay|acceptable|good enough|fair)
1.5 (?:rude|unhelpful|incompetent|unprofessional|ignored|ignoring me)
1.0 (?:damaged|scratched|broken|dented|soaked|wrong item|missing|faulty|defective)
1.5 (?:hasn't|hasnt|has not|haven't|havent|never|not yet) (?:arrived|shipped|come|been delivered|received|refunded)
1.2 (?:where is|where's|wheres) my (?:order|package|parcel|delivery|refund|money)
1.0 (?:delay\w*|late delivery|days late|weeks late)
1.0 (?:cancel+ed|canceled) my (?:order|subscription)
1.0 without (?:telling|notice|warning|asking)
2.0 thanks for nothing
1.5 (?:gone downhill|feels cheap|cheaply made|waste of money|rip ?off|ripped off)
1.5 (?:nobody|no one|noone|no-one) (?:answers|replies|responds|helps|takes|cares|gets back)
1.2 no (?:reply|response|answer|help)
1.0 (?:fix this|sort it out|do better|sort this out)
0.8 (?:case|ticket|complaint|reference)\s*(?:#|no\.?|number)?\s*\d{3,}
1.5 (?:unhappy|angry|furious|livid|annoyed|frustrat\w*|upset)
1.5 ! (?:happy|satisfied|pleased)
1.5 complain\w*
1.2 thanks a lot
1.0 (?:raise|raised|hike\w*) (?:the )?(?:price|prices|subscription)
1.5 (?:doesn't|doesnt|does not|didn't|didnt) work as (?:advertised|described)
1.0 (?:money back)
1.0 (?:great|wow|fantastic|brilliant|love how|love that)[,.!]* (?:another|again|now|you)
1.0 (?:customer service|support|service)
""",
        "question": r"""
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:how|what|what's|whats|where|when|which|who|why|is|are|do|does|did|can|could|will|would|should|any ?one|anyone|any idea|hi|hey|hello)\b[^.!]*\?
1.2 (?:do you|does it|does the|does this|is there|are there|can i|can you|could you|how do i|how can i|how to|how long|how much|what is|what's|whats|what are|where can|where do|where is|when is|when does|when will|which one|anyone know|any idea|i wonder|wondering|quick q|question)
0.8 (?:opening hours|open(?:ing)? times|ship(?:ping)? to|deliver(?:y)? to|compatible|warranty|invoice|receipt|student discount|reset|factory settings|return policy|difference between|work with|works with|work w/o|without wifi)
""",
        "purchase_intent": r"""
2.0 (?:want|wanna|going|looking|planning|ready|thinking about|would like|keen|need|hoping|plan) to (?:buy|order|purchase|get|grab|pick)
1.0 (?:thinking about|considering) (?:getting|buying|ordering)
1.2 (?:buy|order|purchase|get) (?:one|two|three|\d+|a couple|some|these|this one)
2.0 where (?:can|do|should) i (?:buy|order|get|purchase)
1.8 (?:link to (?:buy|order)|take my money|shut up and take|i'm in|im in|sold!)
1.2 (?:price|pricing|quote|cost|costs|how much is|how much are|discount for|bulk|wholesale|b2b|reseller|resell|stockist|distributor|financing|monthly payments|instal+ments?|trade-?in|bundle|deal|black friday|promo\w*)
1.5 \d+\s*(?:units|pcs|pieces|lamps|speakers|bulbs|rooms|seats|licen[cs]es|stores)
2.0 (?:talk|speak) to (?:someone |somebody )?(?:in |from )?sales
1.5 (?:sales (?:team|rep|contact)|business pricing|for our (?:office|company|team|hotel|business|store|shop))
1.0 (?:gift for|present for|birthday)
0.8 (?:in stock|pick (?:one |it )?up|back in stock)
1.2 interested in
1.0 (?:hotel chain|interior design|we're a|we are a|i run a)
1.0 (?:stock your|sell your)
""",
        "feature_request": r"""
2.0 (?:please|pls|plz|pleeease)[, ]+(?:add|make|include|support|bring|let|allow|consider|implement|give)
1.8 (?:would|it'd|it would|that'd|that would) be (?:great|nice|awesome|cool|amazing|useful|helpful|lovely|good) (?:if|to)
2.0 would love (?:a|an|to see|it if|if|the option|some)
2.0 (?:feature request|suggestion|idea:|i suggest|suggest (?:adding|that)|wish ?list|i wish|wish i could|wish you|wish there)
1.5 (?:you should|should really|you guys should|add (?:an? )?option|need (?:an? )?option)
1.5 (?:any chance|are you (?:planning|going) to|will you (?:ever )?(?:add|support|make)|plans? to (?:add|support)|you'll add|you will add)
1.0 (?:dark mode|widget|option to|ability to|let us|allow (?:us|me)|mode that|mode to|support for|integration with|homekit|home ?assistant)
1.5 still no (?:way|option|support)
1.0 been asking for
1.0 would pay (?:extra|for)
1.0 (?:bigger|smaller|cheaper) version
""",
        "bug_report": r"""
1.5 (?:freez\w*|froze|frozen|stuck on|stuck at|not loading|won't load|wont load|doesn't load|fails? to|blank (?:screen|page)|white screen|black screen|does nothing)
1.5 keeps? (?:crashing|disconnecting|restarting|dropping|saying|logging|turning|rebooting|resetting|asking)
1.2 (?:disconnect\w*|reboot\w*|restarts?|restarting|randomly)
1.5 (?:doesn't|doesnt|does not|didn't|didnt|won't|wont|can't|cant|cannot|isn't|isnt|not) (?:work\w*|respond\w*|load\w*|connect\w*|pair\w*|sync\w*|log ?in|open\w*|turn (?:it )?(?:on|off)|sav\w*|updat\w*)
1.5 (?:since|after) (?:the )?(?:latest |last |new |recent )?(?:update|firmware|version|v?\d+\.\d+)
1.0 (?:shows|displays|says|showing|saying) .{0,40}(?:instead of|wrong|offline|error|even though)
1.0 (?:instead of|jumps back|resets? itself|by itself|on its own|twice since|arrive twice|duplicat\w*)
0.8 (?:translation|typo)
0.8 (?:cut off|truncated|misaligned|overlapping)
1.2 (?:nothing|none of (?:my|the) \w+) (?:loads?|works?|shows?)
0.8 (?:link expired|expired immediately)
0.8 (?:reporting this|steps to reproduce|repro)
0.6 (?:update|firmware|schedules tab|slider|button|checkout page|notifications?)
""",
        "praise": r"""
1.2 ~complaint (?:love|loving|loved|adore|lovely)
1.0 (?:thank you|thanks|thx|cheers|appreciate\w*|grateful)
1.0 ~complaint (?:amazing|awesome|excellent|fantastic|brilliant|superb|gorgeous|beautiful|perfect|great|wonderful|impressive|impressed|stunning|smooth\w*|star)
2.0 (?:shout ?out|kudos|props to|well done|keep it up|keep up the|you're a star|youre a star|above and beyond|hats off|10/10|five stars|5 stars|recommend\w*)
2.0 (?:best (?:purchase|buy|decision|thing|customer service)|changed my (?:life|mornings?))
1.8 not bad
1.5 (?:never had a problem|no complaints|so good|really good|very good)
""",
        "urgent_safety": r"""
3.0 (?:caught fire|on fire|burst into flames|flames?|smoke|smoking|sparks?|sparking|exploded|explod\w*|melted|melting)
2.5 (?:burn\w* (?:smell|plastic)|smells? (?:like )?burn\w*|electric(?:al)? shock|electrocut\w*|got a shock|shocked)
2.0 (?:swollen|bulging)(?: battery)?|battery (?:is )?(?:swollen|bulging|leaking)
2.0 (?:overheat\w*|(?:extremely|very|too|really) hot|scorching)
2.0 (?:exposed|loose|bare|frayed) (?:wire|cable|wiring)
2.5 (?:cut my|injur\w*|bleeding|hospital|a&e|the er|ambulance|burned my|burnt my|swallow\w*|choking|poison\w*|allergic)
1.5 (?:danger\w*|hazard\w*|unsafe|is it safe|is this safe)
1.2 (?:urgent\w*|emergency|right now|immediately|help!|please help|help me|what do i do)
2.5 (?:hack(?:ed|er|ers)?|compromised|taken over|fraud\w*|unauthori[sz]ed|stolen card|identity theft|phishing)
1.5 (?:didn't make|didnt make|did not make|i didn't order|not mine)
1.5 (?:freeze (?:it|my account)|block (?:it|my account|my card))
2.0 (?:stalk\w*|threaten\w*|harass\w*|home address)
4.0 (?:kill myself|suicid\w*|end my life|self[- ]harm|hurt myself)
2.0 (?:hit my (?:car|house|bike)|ran over|drove off)
""",
        "crisis_signal": r"""
3.0 (?:boycott\w*|class action|lawsuit|legal action|suing|sue you)
2.5 (?:lawyer|attorney|solicitor|my legal team|court)
2.5 (?:journalist|reporter|the press|the media|the news|newspaper|the papers|bbc|cnn|story on|going to the press)
2.0 (?:going viral|gone viral|trending|everyone (?:needs to|should|must) (?:see|know)|rt (?:so|to|if|this)|retweet|spread the word|share this|tell(?:ing)? everyone)
2.5 (?:data (?:breach|leak\w*)|breach|leaked|my data)
2.5 recall\w*
2.5 (?:racist|racism|sexist|sexism|homophobic|transphobic|discriminat\w*|offensive|disgusting|shame on you|ashamed|scandal\w*)
2.5 (?:watchdog|regulator|trading standards|ftc|cpsc|ombudsman|reported (?:you )?to|better business bureau|investigate)
1.5 (?:anyone else's|is it just me|thousands of|so many (?:people|posts|reports)|a lot of (?:posts|people|reports)|lots of (?:posts|people|reports)|all over (?:twitter|reddit|tiktok|social))
1.5 (?:servers? (?:are |is )?down|outage|down for everyone)
1.5 (?:ceo|executives?|chairman|founder)'?s? (?:comments?|statement|remarks|words)
1.0 (?:cover(?:ing)? (?:it |this )?up|can't ignore|cant ignore|ignoring a)
""",
        "other": r"""
1.5 (?:happy (?:new year|friday|monday|holidays|birthday|easter|christmas)|merry christmas|good morning|good night|gm)
1.2 (?:giveaway|contest|check out my|follow (?:me|back)|tagging|told you)
1.2 ^(?:lol|lmao|haha\w*|first|following|nice|cool|ok|same)$
""",
    },
    "es": {
        "complaint": r"""
1.5 (?:sigo|seguimos|llevo|llevamos) (?:esperando|sin)
1.2 (?:pesim\w*|horrible|fatal|penoso|vergonzos\w*|verguenza|inaceptable|ridicul\w*|lamentable|desastre|nefast\w*|asco|cutre)
1.5 nunca mas
2.0 (?:quiero|exijo) (?:mi dinero|el reembolso|que me devuelvan)
1.0 (?:reembolso|devolucion|devuelvan)
1.5 (?:me )?(?:cobraron|cobrado|han cobrado|cobran) (?:dos veces|doble|de mas)
1.5 (?:me colgaron|colgaron|me cuelgan|en espera)
1.5 (?:decepcion\w*|harto|harta|hartando|cansad[oa] de|estafa)
1.5 ! (?:content[oa]|satisfech[oa]|feliz)
1.5 (?:maleducad\w*|grosero|borde|incompetent\w*)
1.0 (?:rayad[oa]|roto|rota|danad[oa]|defectuos[oa]|abierta|equivocado)
1.5 (?:no (?:ha llegado|llega|me ha llegado|han enviado)|nadie (?:me )?(?:responde|contesta|da))
1.2 (?:que pasa con mi|donde esta mi) (?:pedido|paquete|reembolso)
1.2 (?:ha bajado|parece de juguete|mala calidad)
0.8 (?:caso|pedido|incidencia|reclamacion)\s*(?:#|n[ou]\.?)?\s*\d{3,}
1.5 (?:reclam\w*|queja\w*|quejarme)
1.2 (?:que bien|genial|estupendo|perfecto)[,.!]* (?:otra vez|de nuevo|ahora)
1.0 (?:atencion al cliente|servicio)
1.0 ni un (?:correo|email|mensaje)
""",
        "question": r"""
1.5 ¿
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:como|que|donde|cuando|cual|cuanto|quien|por que|hay|hacen|tienen|puedo|se puede|es|la|el)\b[^.!]*\?
1.2 (?:como (?:puedo|hago|se|cancelo|reseteo)|donde (?:encuentro|puedo|esta)|cuanto tarda|a que hora|hay (?:alguna|forma|manera)|alguien sabe|una pregunta|es compatible|cubre)
0.8 (?:horario|envios? a|garantia|factura|ajustes de fabrica|compatible)
""",
        "purchase_intent": r"""
2.0 (?:quiero|queremos|quisiera|quisieramos|me gustaria|pienso|voy a|estoy pensando en) (?:comprar|pedir|encargar|adquirir|llevarme)
1.8 (?:me la quiero comprar|me lo quiero comprar|la compro|lo compro|la quiero|lo quiero)
2.0 donde (?:la |lo )?(?:compro|pido|puedo comprar|puedo pedir|la pido|lo pido)
1.2 (?:precio\w*|presupuesto|cuanto cuesta|cuanto vale|descuento|al por mayor|distribuidor\w*|plazos|financiacion|oferta|pack|rebajas|black friday)
1.5 \d+\s*(?:unidades|lamparas|altavoces|bombillas|habitaciones)
2.0 (?:hablo|hablar) (?:de|con) (?:ventas|comercial)
1.2 (?:para (?:nuestra|nuestro|mi) (?:oficina|empresa|hotel|tienda))
1.0 (?:regalo para|cumpleanos)
1.2 me interesa
1.0 (?:la tienen en|lo tienen en|hay en stock|somos una|tengo una tienda)
1.0 vender sus
""",
        "feature_request": r"""
2.0 (?:por favor|porfa|porfavor)[, ]+(?:anadan|anadid|agreguen|pongan|incluyan|hagan|permitan|un|una)
1.8 (?:estaria|seria) (?:genial|bien|guay|util|increible|estupendo|perfecto) (?:que|si|poder)
2.0 (?:sugerencia|propuesta|idea:|ojala|me encantaria que|deberian|podrian anadir)
1.5 (?:van a anadir|pensais anadir|planean anadir|añadiran|anadiran|para cuando)
1.0 (?:modo oscuro|widget|opcion (?:de|para)|poder (?:agrupar|exportar|elegir)|soporte (?:para|de)|homekit|anadan|pongan|pónganle|ponganle)
1.0 (?:version mas grande|version mas pequena)
""",
        "bug_report": r"""
1.5 (?:se cierra|se cuelga|se congela|se queda (?:cargando|colgad[oa]|pillad[oa])|no carga|no funciona|no responde|no hace nada|no conecta|pantalla (?:en )?blanc[oa]|da error|me sale)
1.5 (?:se desconecta|se reinicia|se apaga sol[oa]|se enciende sol[oa])
1.5 (?:no puedo|no me deja) (?:entrar|iniciar|conectar|vincular|emparejar|acceder|abrir)
1.5 (?:desde|despues de) (?:la )?(?:ultima )?(?:actualizacion|version)
1.0 (?:duplicad[oa]s|cortada|mal traducid\w*|traduccion|caduco|enlace caducado)
0.6 (?:actualizacion|boton|notificaciones|pestana|ajustes)
""",
        "praise": r"""
1.2 ~complaint (?:me encanta\w*|encantad[oa]|adoro|adoran|amo)
1.0 (?:gracias|agradec\w*|se agradece)
1.0 ~complaint (?:precios[oa]|genial|increible|perfect[oa]|maravill\w*|espectacular|estupend[oa]|fantastic[oa]|rapidisimo|buenisim[oa]|un crack|de lujo)
2.0 (?:recomendable|recomiendo|enhorabuena|felicidades|sois los mejores|10/10|cinco estrellas|asi da gusto|muy bien hecho)
2.0 (?:la mejor compra|mejor compra|me ha cambiado)
1.8 (?:nada mal|no esta nada mal)
1.2 (?:me ha sorprendido|de diez)
""",
        "urgent_safety": r"""
3.0 (?:fuego|incendi\w*|llamas|humo|chispa\w*|explot\w*|estallo|derriti\w*)
2.5 (?:quemad[oa]|olor a quemado|descarga electrica|calambre|electrocut\w*)
2.0 (?:hinchad[oa]|se calienta muchisimo|sobrecalent\w*|muy caliente|quema)
2.0 cable (?:pelado|suelto|expuesto)
2.5 (?:me corte|herid\w*|sangr\w*|hospital|urgencias|ambulancia|se trago|intoxic\w*|alergi\w*)
1.5 (?:peligros[oa]|peligro|es seguro|riesgo)
1.2 (?:urgente|emergencia|ahora mismo|ya por favor|ayuda|socorro|que hago)
2.5 (?:hackead[oa]|hackeado|me han hackeado|fraude|no autorizad[oa]|robaron|robo|suplantacion)
1.5 (?:que no hice|no hice yo|bloqueadla|bloqueenla|bloquead)
2.0 (?:acoso|amenaz\w*|acosador)
4.0 (?:suicid\w*|quitarme la vida|hacerme dano)
""",
        "crisis_signal": r"""
3.0 (?:boicot\w*|demanda colectiva|denuncia colectiva)
2.5 (?:abogad[oa]|demand\w*|juicio|tribunal\w*|denunciad[oa]|denunciar|he denunciado)
2.5 (?:la prensa|periodista|los medios|noticias|television)
2.0 (?:se esta haciendo viral|viral|compartid|compartan|difundid|todo el mundo tiene que|todo el mundo debe|se lo dire a todo el mundo|a todo el mundo)
2.5 (?:brecha|filtra\w*|mis datos)
2.5 (?:retirada|retirad[oa] del mercado)
2.5 (?:racista|machista|homofob\w*|discrimin\w*|vergonzosas|ofensiv[oa]|indignante|escandalo)
2.5 (?:ocu|consumo|facua|autoridades)
1.5 (?:a alguien mas|alguien mas|muchisimos casos|muchos casos|en redes)
1.0 (?:tapar|encubr\w*)
""",
        "other": r"""
1.5 (?:feliz (?:ano|navidad|viernes|lunes)|buenos dias|buenas noches)
1.2 (?:sorteo|participo|concurso|te decia)
1.2 ^(?:jaja\w*|primero|jeje\w*)$
""",
    },
    "fr": {
        "complaint": r"""
1.5 (?:j'attends toujours|toujours (?:pas|rien|en attente)|ca fait \w+ (?:jours|semaines|mois) que j'attends|j'attends (?:ma|mon|le|la) )
1.2 (?:nul|nulle|lamentable|inadmissible|inacceptable|honteu\w*|scandaleu\w*|catastroph\w*|horrible|n'importe quoi|deplorable|minable|une blague)
1.5 (?:plus jamais|jamais plus)
2.0 (?:je veux|j'exige) (?:etre rembourse\w*|mon argent|un remboursement)
1.0 rembours\w*
1.5 (?:debite\w*|preleve\w*|facture\w*) (?:deux fois|en double|2 fois)
1.5 (?:raccroche\w*|attente au telephone)
1.5 (?:decu\w*|deception|marre|ras le bol|en ai assez)
1.5 ! (?:satisfait\w*|content\w*|heureu\w*)
1.5 (?:desagreable|impoli\w*|incompetent\w*|mal poli)
1.0 (?:raye\w*|abime\w*|casse\w*|endommage\w*|defectueu\w*|ouvert)
1.5 (?:personne ne (?:me )?(?:repond|rappelle)|aucune (?:reponse|explication|nouvelle)|pas de reponse)
1.2 (?:la qualite a (?:vraiment )?baisse|fait cheap|de mauvaise qualite)
0.8 (?:dossier|commande|ticket|reclamation)\s*(?:#|n[°o]\.?)?\s*\d{3,}
1.5 (?:reclamation|plainte|me plaindre)
1.2 (?:super|genial|bravo|top)[,.!]* (?:encore|a nouveau)
1.0 (?:service client|sav)
1.0 annulee? sans
""",
        "question": r"""
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:comment|quel|quelle|quels|quelles|ou|quand|combien|pourquoi|qui|est-ce|est ce|vous|c'est|peut-on|puis-je|la|le)\b[^.!]*\?
1.2 (?:comment (?:faire|je|on|reinitialiser|resilier)|ou (?:est-ce que|puis-je|trouver|je trouve)|est-ce que|quel est|quels sont|combien de temps|peut-on|puis-je|savez-vous|une question)
0.8 (?:horaires|livrez|livraison (?:en|pour|a)|garantie|facture|parametres d'usine|compatible)
""",
        "purchase_intent": r"""
2.0 (?:je veux|je voudrais|j'aimerais|nous voulons|nous voudrions|on veut|je compte|je vais|je pense) (?:acheter|commander|prendre|en prendre|m'offrir)
1.8 (?:je la veux|je le veux|je la prends|je le prends|je craque)
2.0 ou (?:est-ce que je peux|puis-je|je peux) (?:la |le )?(?:commander|acheter)
1.2 (?:prix|tarif\w*|devis|combien coute|remise|en gros|revendeur\w*|distributeur\w*|plusieurs fois|financement|offre|pack|soldes|black friday)
1.5 \d+\s*(?:unites|lampes|enceintes|ampoules|chambres|pieces)
2.0 (?:cote commercial|service commercial|equipe commerciale)
1.2 pour (?:nos|notre|mes) (?:bureaux|entreprise|hotel|boutique|magasin)
1.0 (?:cadeau pour|anniversaire)
1.2 (?:m'interesse|interesse par)
1.0 (?:nous sommes un|j'ai une boutique|vendre vos)
""",
        "feature_request": r"""
2.0 (?:svp|s'il vous plait|stp|pitie)[, ]+(?:ajoutez|mettez|faites|rajoutez|un|une)
2.0 (?:ajoutez|rajoutez|mettez|integrez)\b
1.8 (?:ce serait|ca serait|ca serait) (?:genial|bien|top|pratique|utile|super|cool|chouette)
2.0 (?:suggestion|idee :|j'aimerais (?:pouvoir|bien|que)|il faudrait|vous devriez|ce qui serait bien)
1.5 (?:vous allez ajouter|allez-vous ajouter|prevoyez-vous|est-il prevu)
1.0 (?:mode sombre|widget|option pour|pouvoir (?:regrouper|exporter|choisir)|compatibilite|homekit)
1.0 (?:version plus grande|version plus petite)
""",
        "bug_report": r"""
1.5 (?:plante|ca plante|bug\w*|fige\w*|se bloque|ne (?:se )?charge (?:pas|plus)|ne se charge|ne fonctionne (?:pas|plus)|ne marche (?:pas|plus)|ne repond (?:pas|plus)|ne fait rien|page blanche|ecran blanc)
1.5 (?:se deconnecte|redemarre|se redemarre|s'eteint tout seul|se coupe)
1.5 (?:impossible de|je n'arrive pas a|j'arrive pas a) (?:me connecter|connecter|appairer|ouvrir|charger|acceder)
1.5 (?:depuis|apres) (?:la )?(?:derniere )?(?:mise a jour|maj|version)
1.0 (?:en double|coupee?|traduction|a expire)
0.6 (?:mise a jour|bouton|notifications|onglet|reglages)
""",
        "praise": r"""
1.2 ~complaint (?:j'adore|adorent|adore|j'aime|ador\w*)
1.0 (?:merci|remerci\w*|apprecie\w*)
1.0 ~complaint (?:magnifique|genial|top|parfait\w*|superbe|excellent\w*|incroyable|formidable|au top|ultra rapide|impeccable|nickel|super)
2.0 (?:je recommande|recommande|bravo|chapeau|felicitations|vous etes les meilleurs|10/10|cinq etoiles)
2.0 (?:meilleur achat|a change mes|a change ma)
1.8 (?:pas mal du tout|pas mal)
1.2 (?:m'a surpris|tres apprecie)
""",
        "urgent_safety": r"""
3.0 (?:pris feu|feu|incendie|flammes?|fumee|etincelle\w*|explose\w*|fondu)
2.5 (?:brule\w*|odeur de brule|decharge electrique|electrocut\w*|pris le jus)
2.0 (?:gonfle\w*|chauffe enormement|surchauffe\w*|tres chaud|brulant)
2.0 cable (?:denude|abime|a nu)
2.5 (?:coupe la main|suis coupe|blesse\w*|saign\w*|hopital|urgences|samu|avale|intoxi\w*|allergi\w*)
1.5 (?:dangereu\w*|danger|est-ce sans danger|c'est sur|risque)
1.2 (?:urgent|urgence|maintenant|au secours|aidez-moi|je fais quoi|que faire)
2.5 (?:pirate\w*|hacke\w*|fraude|frauduleu\w*|non autorise\w*|vol de)
1.5 (?:que je n'ai pas faits?|pas fait par moi|bloquez)
2.0 (?:harcel\w*|menace\w*)
4.0 (?:suicid\w*|me tuer|en finir|me faire du mal)
""",
        "crisis_signal": r"""
3.0 (?:boycott\w*|action collective|action de groupe|recours collectif)
2.5 (?:avocat|proces|porter plainte|tribunal)
2.5 (?:journalistes?|la presse|les medias|le journal|tele|tv)
2.0 (?:devient viral|viral|partagez|faites tourner|tout le monde doit|le dire a tout le monde|a tout le monde)
2.5 (?:faille|fuite de donnees|mes donnees|ont fuite|fuite)
2.5 (?:rappel (?:de produit|produit)|rappel\w* des)
2.5 (?:raciste|sexiste|homophobe|discrimin\w*|honteux|honteuse|ecoeurant|scandale)
2.5 (?:dgccrf|que choisir|ufc|60 millions|signale\w* a)
1.5 (?:quelqu'un d'autre|enormement de temoignages|beaucoup de temoignages|plein de gens)
1.0 (?:etouffer|cacher)
""",
        "other": r"""
1.5 (?:bonne (?:annee|journee|soiree)|joyeux noel|bonjour de|bonne fete)
1.2 (?:concours|je participe|jeu concours|je te parlais)
1.2 ^(?:mdr|ptdr|lol|premier|premiere)$
""",
    },
    "de": {
        "complaint": r"""
1.5 (?:warte (?:immer noch|seit)|immer noch (?:nicht|kein|keine|nichts)|seit \w+ (?:tagen|wochen|monaten) warte)
1.2 (?:schwach|katastroph\w*|unverschamt\w*|frechheit|unmoglich|unzumutbar|inakzeptabel|schlecht\w*|mies|peinlich|armselig|lacherlich|eine zumutung)
1.5 (?:nie wieder|nie mehr)
2.0 (?:will|mochte|fordere) (?:mein geld|eine erstattung|das geld)
1.0 (?:erstattung|ruckerstattung|geld zuruck)
1.5 (?:doppelt|zweimal) (?:abgebucht|berechnet|belastet)
1.5 (?:warteschleife|aufgelegt)
1.5 (?:enttausch\w*|die nase voll|reicht mir|satt)
1.5 ! (?:zufrieden|glucklich)
1.5 (?:unfreundlich|unhoflich|inkompetent\w*)
1.0 (?:zerkratzt|kaputt|beschadigt|defekt|offen|falsche)
1.5 (?:keiner meldet sich|niemand (?:antwortet|meldet)|keine antwort|ohne info)
1.2 (?:qualitat ist \w* ?schlechter|wirkt billig|billig verarbeitet)
0.8 (?:fall|bestellung|ticket|vorgang|reklamation)\s*(?:#|nr\.?)?\s*\d{3,}
1.5 (?:beschwer\w*|reklamation)
1.2 (?:toll|super|klasse|danke)[,.!]* (?:wieder|schon wieder|jetzt)
1.0 (?:kundenservice|kundendienst|service)
1.0 (?:storniert ohne|einfach storniert)
""",
        "question": r"""
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:wie|was|wo|wann|welche\w*|warum|wer|gibt|kann|konnt|habt|liefert|ist|funktioniert|braucht|deckt)\b[^.!]*\?
1.2 (?:wie (?:setze|kann|lange|kundige|funktioniert)|wo finde|gibt es|kann ich|konnt ihr|weiss jemand|eine frage|funktioniert das)
0.8 (?:offnungszeiten|geoffnet|liefert ihr|versand (?:nach|in)|garantie|rechnung|werkseinstellungen|kompatibel)
""",
        "purchase_intent": r"""
2.0 (?:mochte|mochten|will|wollen|wurde gern|wurden gern|uberlege|plane|werde) (?:\w+ )?(?:kaufen|bestellen|holen|zulegen)
2.0 (?:will ich haben|nehm ich|kauf ich|will eine|will einen|will eins)
2.0 wo (?:kann ich|bekomme ich) (?:die |den |das )?(?:bestellen|kaufen)
1.2 (?:preis\w*|angebot|was kostet|rabatt|grosshandel|handler\w*|ratenzahlung|finanzierung|bundle|black friday|firmenpreise)
1.5 \d+\s*(?:stuck|lampen|lautsprecher|birnen|zimmer|einheiten)
2.0 (?:vertrieb|verkauf(?:steam)?|ansprechpartner)
1.2 fur (?:unser|unsere|meinen|meine) (?:buro|firma|hotel|laden|geschaft)
1.0 (?:geschenk fur|geburtstag)
1.2 interessiere mich
1.0 (?:wir sind eine|ich habe einen \w+-?laden|eure lampen \w* ?verkaufen)
""",
        "feature_request": r"""
2.0 bitte (?:einen|eine|ein|mehr|auch|noch)? ?(?:\w+ )?(?:einbauen|hinzufugen|erganzen|anbieten|erlauben|unterstutzen|widget|dark mode)
1.8 (?:ware|waere) (?:super|toll|schon|praktisch|cool|klasse|genial|hilfreich|gut)
2.0 (?:vorschlag|idee:|ich wunsche mir|wunsch\w*|ihr solltet|man sollte|baut bitte|bitte baut)
1.5 (?:kommt noch|kommt bald|ist geplant|plant ihr|wird es)
1.0 (?:dark mode|widget|option|funktion|gruppieren|exportieren|unterstutzung|homekit)
""",
        "bug_report": r"""
1.5 (?:sturzt \w* ?ab|absturz\w*|hangt sich auf|friert ein|ladt nicht|ladt keine|funktioniert nicht|reagiert nicht|macht (?:gar )?nichts|weisser bildschirm|weisse seite|fehler)
1.5 (?:verliert \w* ?(?:verbindung|wlan)|startet \w* ?neu|startet .{0,30} neu|trennt sich)
1.5 (?:kann mich nicht|lasst sich nicht) (?:einloggen|anmelden|verbinden|koppeln|offnen)
1.5 (?:seit dem|nach dem) (?:letzten )?(?:update|firmware)
1.0 (?:doppelt|abgeschnitten|ubersetzung|abgelaufen)
0.6 (?:update|button|benachrichtigungen|einstellungen|tab)
""",
        "praise": r"""
1.2 ~complaint (?:liebe|lieben|ich liebe|begeistert)
1.0 (?:danke|vielen dank|dankeschon|zu schatzen)
1.0 ~complaint (?:wunderschon|toll|super|perfekt|genial|klasse|spitze|top|hervorragend|ausgezeichnet|fantastisch|grossartig)
2.0 (?:weiter so|kaufempfehlung|empfehl\w*|daumen hoch|10/10|funf sterne|muss auch mal gesagt werden)
2.0 (?:bester kauf|hat \w+ \w+ verandert)
1.8 (?:gar nicht schlecht|nicht schlecht)
""",
        "urgent_safety": r"""
3.0 (?:feuer|brand\w*|flammen|rauch|funken|explodiert|geschmolzen)
2.5 (?:verbrannt\w*|verschmort|stromschlag|elektrischen schlag|gewischt)
2.0 (?:aufgeblaht|extrem heiss|sehr heiss|zu heiss|uberhitz\w*|gluhend)
2.0 kabel (?:war )?(?:blank|offen|beschadigt)
2.5 (?:geschnitten|verletzt|blut\w*|krankenhaus|notaufnahme|notarzt|verschluckt|vergift\w*|allergisch)
1.5 (?:gefahrlich|gefahr|ist das sicher)
1.2 (?:dringend|notfall|sofort|hilfe|was soll ich (?:tun|machen))
2.5 (?:gehackt|betrug|nicht autorisiert|unbefugt|gestohlen)
1.5 (?:die ich nicht gemacht|nicht von mir|sperren)
2.0 (?:belastig\w*|bedroh\w*|stalk\w*)
4.0 (?:suizid\w*|umbringen|mir etwas antun|selbstmord)
""",
        "crisis_signal": r"""
3.0 (?:boykott\w*|sammelklage)
2.5 (?:anwalt|anwaltin|klage|gericht|rechtliche schritte)
2.5 (?:presse|journalist\w*|medien|zeitung|fernsehen)
2.0 (?:viral|teilt das|alle mussen das sehen|allen weiter|sagt es allen|sage es allen)
2.5 (?:datenleck|datenpanne|meine daten|geleakt)
2.5 (?:ruckruf\w*)
2.5 (?:rassistisch|sexistisch|homophob|diskriminier\w*|widerlich|skandal\w*|schamt euch)
2.5 (?:verbraucherzentrale|behorde|stiftung warentest)
1.5 (?:noch jemand|unglaublich viele|so viele (?:berichte|leute)|viele berichte)
1.0 (?:vertuschen|verheimlichen)
""",
        "other": r"""
1.5 (?:frohes neues|frohe weihnachten|guten morgen|gute nacht|schones wochenende)
1.2 (?:gewinnspiel|bin dabei|erzahlt hab)
1.2 ^(?:haha\w*|erster|erste)$
""",
    },
    "pt": {
        "complaint": r"""
1.5 (?:ainda (?:aguardo|espero|nao)|estou esperando|faz \w+ (?:dias|semanas|meses) que)
1.2 (?:pessim\w*|horrivel|ridicul\w*|absurdo|vergonh\w*|inaceitavel|lamentavel|palhacada|descaso|porcaria|um lixo)
1.5 nunca mais
2.0 (?:quero|exijo) (?:meu dinheiro|o reembolso|o estorno)
1.0 (?:reembolso|estorno|dinheiro de volta)
1.5 (?:cobraram|cobrado|cobrada) (?:\w+ )?(?:duas vezes|em dobro|a mais)
1.5 (?:desligaram na (?:minha )?cara|na espera)
1.5 (?:decepcion\w*|cansad[oa] de|farto|irritad[oa])
1.5 ! (?:satisfeit[oa]|content[oa]|feliz)
1.5 (?:grosso|grossa|mal educad[oa]|incompetent\w*)
1.0 (?:riscad[oa]|quebrad[oa]|danificad[oa]|defeito|aberta|errado)
1.5 (?:ninguem (?:me )?(?:responde|resolve)|sem resposta|nao chegou)
1.2 (?:a qualidade caiu|parece de brinquedo|ma qualidade)
0.8 (?:protocolo|pedido|chamado)\s*(?:#|n[°o]\.?)?\s*\d{3,}
1.5 (?:reclama\w*)
1.2 (?:que otimo|otimo|parabens|beleza)[,.!]* (?:de novo|outra vez|agora)
1.0 (?:atendimento|sac)
1.0 (?:cancelaram|sem avisar)
""",
        "question": r"""
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:como|qual|quais|onde|quando|quanto|por que|porque|quem|voces|posso|da|tem|e|a|o|oi)\b[^.!]*\?
1.2 (?:como (?:faco|cancelo|posso)|onde (?:acho|encontro|fica)|qual (?:o|e) (?:prazo|horario)|posso mudar|alguem sabe|uma duvida|e compativel)
0.8 (?:horario|entregam|prazo de entrega|garantia|nota fiscal|configuracoes de fabrica|compativel)
""",
        "purchase_intent": r"""
2.0 (?:quero|queremos|gostaria de|vou|pretendo|estou pensando em|penso em) (?:comprar|encomendar|pedir|levar|adquirir)
1.8 (?:quero muito|eu quero|vou levar|ja quero|to querendo)
2.0 onde (?:compro|posso comprar|eu compro|encomendo)
1.2 (?:preco\w*|orcamento|quanto custa|desconto|atacado|revend\w*|distribuidor\w*|parcelar|parcelamento|promocao|kit|black friday)
1.5 \d+\s*(?:unidades|luminarias|caixas|lampadas|quartos|pecas)
2.0 (?:comercial|vendas|falar com (?:o )?vendedor)
1.2 para (?:o|nosso|nossa|meu|minha) (?:escritorio|empresa|hotel|loja)
1.0 (?:presente para|aniversario)
1.2 (?:tenho interesse|interessad[oa])
1.0 (?:somos uma|tenho uma loja|vender as)
""",
        "feature_request": r"""
2.0 (?:por favor|pf|pfv)[, ]+(?:adicionem|coloquem|facam|incluam|um|uma)
2.0 (?:adicionem|coloquem|incluam)\b
1.8 (?:seria|ia ser) (?:incrivel|otimo|legal|util|top|bom|maravilhoso|massa) (?:se|ter|poder)?
2.0 (?:sugestao|ideia:|queria poder|deviam|deveriam|podiam)
1.5 (?:vao adicionar|pretendem adicionar|tem previsao)
1.0 (?:modo escuro|widget|opcao (?:de|para)|poder (?:agrupar|exportar)|suporte (?:ao|a|para)|homekit)
1.0 (?:versao maior|versao menor)
""",
        "bug_report": r"""
1.2 (?:nada|nenhum\w*) .{0,20}(?:carrega|funciona)
1.5 (?:fecha sozinho|trava|travou|congela|nao carrega|nao funciona|nao responde|nao faz nada|tela branca|da erro|aparece .{0,10}erro)
1.5 (?:desconecta|reinicia sozinh[oa]|desliga sozinh[oa])
1.5 (?:nao consigo|nao da pra) (?:entrar|logar|conectar|parear|abrir|acessar)
1.5 (?:desde|depois) (?:d?a )?(?:ultima )?(?:atualizacao|versao)
1.0 (?:duplicad[oa]s|cortad[oa]|traducao|expirou)
0.6 (?:atualizacao|botao|notificacoes|aba|configuracoes)
""",
        "praise": r"""
1.2 ~complaint (?:adoro|adorei|amo|amei|amam|apaixonad[oa])
1.0 (?:obrigad[oa]|agradec\w*|valeu)
1.0 ~complaint (?:lind[oa]|incrivel|perfeit[oa]|maravilh\w*|excelente|otim[oa]|sensacional|top|caprichad[oa]|super rapida)
2.0 (?:recomendo|parabens|nota 10|nota mil|10/10|cinco estrelas|voces sao demais|sao os melhores)
2.0 (?:melhor compra|mudou minhas|mudou minha)
1.8 (?:nada mal|nao e nada mal)
1.2 (?:fiquei surpres[oa])
""",
        "urgent_safety": r"""
3.0 (?:pegou fogo|fogo|incendio|chamas|fumaca|faisca\w*|explod\w*|estourou|derreteu)
2.5 (?:queimad[oa]|cheiro de queimado|choque eletrico|levou um choque|eletrocut\w*)
2.0 (?:estufou|estufad[oa]|inchad[oa]|esquenta demais|superaquec\w*|muito quente|fervendo)
2.0 fio (?:desencapado|exposto|solto)
2.5 (?:cortei|ferid[oa]|machuc\w*|sangr\w*|hospital|pronto-socorro|emergencia|engoliu|intoxic\w*|alergi\w*)
1.5 (?:perigos[oa]|perigo|e seguro|risco)
1.2 (?:urgente|agora|socorro|me ajudem|ajuda|o que eu faco)
2.5 (?:hackearam|hackead[oa]|invadiram|fraude|golpe|nao autorizad[oa]|clonad[oa])
1.5 (?:que eu nao fiz|nao fui eu|bloqueiem|bloqueia)
2.0 (?:assedio|ameac\w*|perseguid[oa])
4.0 (?:suicid\w*|me matar|tirar minha vida|me machucar)
""",
        "crisis_signal": r"""
3.0 (?:boicote\w*|acao coletiva)
2.5 (?:advogad[oa]|processo|processar|justica)
2.5 (?:imprensa|jornalista|midia|jornal|tv|globo)
2.0 (?:viraliz\w*|viral|compartilhem|espalhem|todo mundo precisa|contar pra todo mundo|pra todo mundo)
2.5 (?:vazaram|vazamento|meus dados|ataque hacker)
2.5 (?:recall)
2.5 (?:racista|machista|homofobic\w*|discrimin\w*|nojent\w*|vergonhos\w*|escandalo)
2.5 (?:procon|reclame aqui|anatel|consumidor\.gov)
1.5 (?:mais alguem|muitos relatos|varios relatos|muita gente)
1.0 (?:abafar|esconder)
""",
        "other": r"""
1.5 (?:feliz (?:ano novo|natal|sexta)|bom dia|boa noite|boa tarde)
1.2 (?:sorteio|participando|concurso|te falei)
1.2 ^(?:k{3,}|ha(?:ha)+|rs(?:rs)*|primeiro)$
""",
    },
    "it": {
        "complaint": r"""
1.5 (?:aspetto ancora|ancora (?:niente|nessun|non)|sono \w+ (?:giorni|settimane|mesi) che aspetto)
1.2 (?:pessim\w*|orribile|vergognos\w*|vergogna|inaccettabile|ridicol\w*|assurd\w*|scandalos\w*|indecente|una barzelletta)
1.5 (?:mai piu)
2.0 (?:rivoglio|voglio) (?:i miei soldi|il rimborso|indietro)
1.0 (?:rimborso|rimborsi)
1.5 (?:addebitat\w*|pagato) (?:\w+ )?(?:due volte|doppio)
1.5 (?:chiuso la chiamata|attaccato il telefono|in attesa al telefono)
1.5 (?:delus\w*|stufo|stufa|basta)
1.5 ! (?:content[oa]|soddisfatt[oa]|felice)
1.5 (?:maleducat\w*|scortese|incompetent\w*)
1.0 (?:graffiat[oa]|rott[oa]|danneggiat[oa]|difettos[oa]|aperta|sbagliat[oa])
1.5 (?:nessuno (?:mi )?(?:risponde|richiama)|nessuna risposta|senza avvisare)
1.2 (?:la qualita e calata|sembra un giocattolo|qualita scadente)
0.8 (?:pratica|ordine|ticket|reclamo)\s*(?:#|n[°o]\.?)?\s*\d{3,}
1.5 (?:reclam\w*|lamentel\w*)
1.2 (?:fantastico|grazie|complimenti|bravi)[,.!]* (?:di nuovo|ancora|adesso)
1.0 (?:servizio clienti|assistenza)
1.0 (?:ma scherziamo|annullato senza)
""",
        "question": r"""
1.2 (?:^|[.!?]\s*)¿?(?:(?:hi|hey|hello|hola|bonjour|bjr|salut|coucou|hallo|servus|oi|ola|ciao|buongiorno)[,! ]+)?(?:come|cosa|che|dove|quando|quale|quanto|perche|chi|spedite|potete|posso|e|la|il|ciao)\b[^.!]*\?
1.2 (?:come (?:si|posso|faccio|disdico)|dove (?:trovo|posso)|quanto ci vuole|che orari|qualcuno sa|una domanda|e compatibile|copre)
0.8 (?:orari|spedite|consegna (?:in|a)|garanzia|fattura|impostazioni di fabbrica|compatibile)
""",
        "purchase_intent": r"""
2.0 (?:voglio|vorrei|vorremmo|vogliamo|penso di|sto pensando di|ho intenzione di) (?:comprare|acquistare|ordinare|prendere|prenderne)
1.8 (?:la voglio|lo voglio|la compro|lo compro|la prendo|lo prendo)
2.0 dove (?:posso )?(?:ordinarla|ordinarlo|comprarla|comprarlo|ordinare|comprare|acquistare)
1.2 (?:prezz\w*|preventivo|quanto costa|sconto|ingrosso|rivendit\w*|distributor\w*|a rate|finanziamento|offerta|kit|black friday)
1.5 \d+\s*(?:pezzi|unita|lampade|casse|lampadine|camere)
2.0 (?:commerciale|vendite|reparto vendite)
1.2 per (?:l'ufficio|il nostro|la nostra|il mio|la mia) ?(?:ufficio|azienda|hotel|negozio)?
1.0 (?:regalo per|compleanno)
1.2 (?:mi interessa|interessat[oa])
1.0 (?:siamo una|ho un negozio|vendere le vostre)
""",
        "feature_request": r"""
2.0 (?:per favore|per piacere|pls)[, ]+(?:aggiungete|mettete|fate|un|una)
2.0 (?:aggiungete|mettete|inserite)\b
1.8 (?:sarebbe|sarebbero) (?:bello|bellissimo|utile|fantastico|comodo|top|perfetto|carino)
2.0 (?:suggerimento|proposta|idea:|vorrei poter|dovreste|potreste aggiungere)
1.5 (?:aggiungerete|avete in programma|e previsto)
1.0 (?:modalita scura|widget|opzione per|poter (?:raggruppare|esportare)|supporto (?:a|per)|homekit)
1.0 (?:versione piu grande|versione piu piccola)
""",
        "bug_report": r"""
1.5 (?:si chiude|si blocca|crasha|si impalla|non carica|non si carica|non funziona|non risponde|non fa niente|non fa nulla|schermata bianca|da errore|mi esce .{0,10}errore)
1.5 (?:si disconnette|si riavvia|si spegne da sol[oa]|si accende da sol[oa])
1.5 (?:non riesco a|impossibile) (?:accedere|entrare|collegare|associare|aprire|connettermi)
1.5 (?:da quando|dopo) (?:l'ultimo )?(?:aggiornamento|versione)
1.0 (?:doppie|doppi|tagliat[oa]|traduzione|scadut[oa])
0.6 (?:aggiornamento|pulsante|notifiche|scheda|impostazioni)
""",
        "praise": r"""
1.2 ~complaint (?:adoro|adorano|amo|innamorat[oa])
1.0 (?:grazie|ringrazi\w*|apprezz\w*)
1.0 ~complaint (?:bellissim[oa]|stupend[oa]|perfett[oa]|fantastic[oa]|ottim[oa]|eccellente|meraviglios[oa]|top|grandissim[oa]|velocissim[oa]|curat[oa])
2.0 (?:consiglio|consigliatissim[oa]|complimenti|bravi|bravissimi|siete i migliori|10/10|cinque stelle)
2.0 (?:miglior acquisto|mi ha cambiato)
1.8 (?:niente male|non male)
1.2 (?:rimast[oa] colpit[oa])
""",
        "urgent_safety": r"""
3.0 (?:preso fuoco|fuoco|incendi\w*|fiamme|fumo|scintill\w*|esplos[oa]|esploso|fuso|sciolt[oa])
2.5 (?:bruciat[oa]|puzza di bruciato|scossa|folgorat\w*)
2.0 (?:gonfiat[oa]|bollente|surriscald\w*|caldissim[oa]|troppo calda)
2.0 cavo (?:scoperto|spellato|danneggiato)
2.5 (?:tagliat[oa] la mano|mi sono tagliat[oa]|ferit[oa]|sangu\w*|ospedale|pronto soccorso|ingoiat[oa]|intossic\w*|allergi\w*)
1.5 (?:pericolos[oa]|pericolo|e sicur[oa]|rischio)
1.2 (?:urgente|emergenza|adesso|subito|aiuto|aiutatemi|cosa (?:devo fare|faccio))
2.5 (?:hackerat[oa]|truffa|frode|non autorizzat[oa]|rubat[oa]|clonat[oa])
1.5 (?:che non ho fatto|non sono stato io|bloccatelo|bloccate)
2.0 (?:molest\w*|minacc\w*|stalker)
4.0 (?:suicid\w*|uccidermi|farla finita|farmi del male)
""",
        "crisis_signal": r"""
3.0 (?:boicott\w*|class action|azione collettiva)
2.5 (?:avvocat[oa]|denuncia|tribunale|causa legale)
2.5 (?:giornal\w*|stampa|media|televisione|tv)
2.0 (?:virale|condividete|tutti devono|lo diro a tutti|a tutti)
2.5 (?:violazione|fuga di dati|i miei dati|dati rubati)
2.5 (?:richiam\w*)
2.5 (?:razzista|sessista|omofob\w*|discrimin\w*|vergognose|schifos\w*|scandalo)
2.5 (?:antitrust|altroconsumo|agcm|codacons|segnalat[oa] a)
1.5 (?:qualcun altro|tantissime segnalazioni|molte segnalazioni|un sacco di gente)
1.0 (?:insabbi\w*|nascondere)
""",
        "other": r"""
1.5 (?:buon (?:anno|natale|weekend)|buongiorno|buonanotte|buona giornata)
1.2 (?:giveaway|partecipo|concorso|ti parlavo)
1.2 ^(?:a?hah\w*|primo|prima)$
""",
    },
}

# Words that negate the cue right after them (within three words), per language.
NEGATORS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "not no never isn't isnt wasn't wasnt aren't arent don't dont doesn't doesnt didn't didnt "
        "won't wont can't cant cannot hardly nothing nobody neither nor without".split()
    ),
    "es": frozenset("no nunca jamas nada ni tampoco sin nadie".split()),
    "fr": frozenset("ne n' pas jamais rien aucun aucune sans ni".split()),
    "de": frozenset("nicht kein keine keinen keiner nie niemals nichts ohne weder".split()),
    "pt": frozenset("nao nunca jamais nada nem sem ninguem".split()),
    "it": frozenset("non mai niente nulla senza nessuno".split()),
}

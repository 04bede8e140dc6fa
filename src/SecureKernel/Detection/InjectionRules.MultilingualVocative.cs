namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // where an address may open: the start of the text or a line, after the end of a sentence, a quote, a bracket, a
    // markup character, a dash or a colon
    private const string VocStart = @"(^|[.!?;""“”„«»()\[\]<>*#\n。！？؟]\s*|[-–—]\s+|:\s+)";
    // a separator right after the address (at most one space before it, so that the anchors below see it)
    private const string VocSepAny = @"( ?[,:،]|[，：、])";
    private const string VocSepComma = @"( ?[,،]|[，、])";
    private const string VocSepColon = @"( ?:|：)";
    // the separators above, with which the anchors begin (a string, not an array: static fields of this partial class may be set after All)
    private const string VocSepAnchors = ",| ,|:| :|،| ،|，|：|、";

    /// <summary>
    /// <c>exfil.vocative_ai</c> in eighteen more languages (German, French, Spanish, Italian, Portuguese, Dutch, Russian,
    /// Polish, Chinese, Japanese, Turkish, Korean, Arabic, Hindi, Swedish, Czech, Ukrainian, Vietnamese): a sentence or line
    /// that opens by addressing the AI and goes on, after a comma or a colon, with an order in the second person ("KI:
    /// ignoriere ...", "Lieber KI-Assistent, hänge ...", "An den Assistenten: rufe ...", "Chatbot, envía ...", "Уважаемый
    /// ИИ-помощник, добавь ..."), with the English rule's weight. The order must follow the separator at once (after
    /// "please", "now", "before answering" or "you must" at most), and only the familiar imperative counts where the
    /// language has a polite one, since a human agent in a support chat gives the customer polite orders ("Agente: envíe
    /// su número de pedido", "Asistent: Senden Sie uns ..."). Nouns that also name people or support bots (assistant,
    /// agent, model, bot, chatbot, virtual assistant) count only as a vocative (followed by a comma, or after a greeting
    /// such as "dear", "hey", "أيها") or in a note form ("To the assistant:", "Для модели, которая читает это:"); a bare
    /// speaker label "Assistant:" or "Agente:" is how chat transcripts name their speakers. Only the nouns no person is
    /// called by (AI, artificial intelligence, language model, AI assistant, AI agent, LLM) open with a bare colon.
    /// Chinese, Japanese, Korean, Turkish and Hindi put the verb at the end: there the order is the imperative ending of
    /// the clause that follows the address. Anchors: a separator followed by the order's first word (", schicke",
    /// ": ignoriere", "، أرسل"; orders and "please" words are spelled with single spaces in the regex, so the anchor is
    /// exact), the imperatives as whole words in Turkish, the verbs or imperative endings in Chinese, Japanese, Korean
    /// and Hindi. Orders that English shares as a word or a prefix (", including", ", use", ", open", ", du") are
    /// narrowed to phrases ("includi il", "use a ferramenta", "open de") or left out, so English text seldom runs these
    /// regexes.
    /// </summary>
    private static InjectionRule[] MultilingualVocativeRules() =>
    [
        Voc("de",
            strong: ["ki", "k.i.", "ai", "künstliche intelligenz", "sprachmodell", "llm", "chatgpt", "ki-assistent", "ki-assistentin", "ai-assistent", "ki-agent", "ai-agent", "ki-modell", "ki-system", "ki-helfer", "ki-bot"],
            weak: ["assistent", "assistentin", "agent", "bot", "chatbot", "chat-bot", "modell", "automatischer agent", "automatisierter agent", "virtueller assistent", "digitaler assistent", "ki-assistenten", "ki-agenten", "ki-modelle"],
            greet: @"hey|hallo|hi|liebe[rs]?|sehr\s+geehrte[rs]?|geehrte[rs]?|achtung|hör\s+zu|psst|okay|ok",
            toPrep: @"(an|für)\s+(den|die|das|alle|jeden|jede|jedes|einen|eine)\s+",
            toNouns: ["ki", "ai", "künstliche intelligenz", "sprachmodell", "llm", "chatbot", "ki-assistenten", "ki-assistentin", "ki-agenten", "ki-modell", "ki-system", "assistenten", "assistentin", "agenten", "bot", "modell", "automatischen agenten", "automatisierten agenten", "virtuellen assistenten"],
            rel: @"der|die|das|welcher|welche|welches",
            pre: ["bitte", "jetzt", "sofort", "zuerst", "nun", "unbedingt", "vor der antwort", "bevor du antwortest"],
            verbs: ["ignoriere", "ignorier", "vergiss", "missachte", "sende", "schicke", "schick", "leite", "füge", "hänge", "häng", "ergänze", "schreibe", "schreib", "sage", "sag", "erzähle", "erzähl", "antworte", "beantworte", "nenne", "nenn", "erwähne", "empfiehl", "öffne", "besuche", "rufe", "ruf", "führe", "lösche", "buche", "bezahle", "überweise", "zeige", "zeig", "gib mir", "gib uns", "gib dem", "gib den", "gib die", "gib das", "gib deine", "gib alle", "gib aus", "drucke", "verrate", "kopiere", "übersetze", "fasse", "baue", "bau", "nutze", "verwende", "benutze", "hör auf", "mache", "lade", "klicke", "setze", "entferne", "speichere", "behaupte", "teile", "aktiviere", "deaktiviere", "starte", "liste alle", "liste die", "liste deine", "wiederhole", "bestätige", "verschweige", "lies mir", "lies vor", "installiere", "du musst", "du sollst", "du darfst nicht", "du darfst niemals"]),
        Voc("fr",
            strong: ["ia", "i.a.", "AI!", "intelligence artificielle", "modèle de langage", "llm", "chatgpt", "assistant ia", "assistante ia", "agent ia", "modèle ia", "système ia"],
            weak: ["assistant", "assistante", "agent", "modèle", "robot", "bot", "chatbot", "assistant virtuel", "assistante virtuelle", "agent automatique", "agent automatisé", "agent conversationnel", "robot conversationnel"],
            greet: @"hé|he|hey|salut|bonjour|cher|chère|chers|chères|attention|écoute|ok|okay",
            toPrep: @"(à|a|pour|au|aux)\s*(l['’]\s*|la\s+|le\s+|les\s+|tout\s+|toute\s+|chaque\s+)?",
            toNouns: ["ia", "i.a.", "intelligence artificielle", "modèle de langage", "llm", "assistant", "assistante", "assistants", "agent", "agents", "modèle", "robot", "bot", "chatbot", "assistant virtuel", "agent automatique", "agent conversationnel"],
            rel: null,
            pre: ["s'il te plaît", "s’il te plaît", "stp", "maintenant", "immédiatement", "d'abord", "d’abord", "tout de suite", "avant de répondre", "avant tout"],
            verbs: ["ignore les", "ignore la", "ignore le", "ignore l'", "ignore l’", "ignore tes", "ignore toutes", "ignore tout", "ignore ce", "ignore ces", "oublie", "envoie", "transfère", "transmets", "inclus", "ajoute", "insère", "intègre", "écris", "dis à", "dis au", "dis aux", "dis que", "dis-moi", "dis-lui", "réponds", "raconte", "mentionne", "recommande", "ouvre", "visite", "appelle", "exécute", "lance", "utilise", "supprime", "efface", "réserve", "paie", "paye", "vire", "affiche", "montre", "imprime", "révèle", "recopie", "copie", "donne", "liste les", "liste tous", "liste toutes", "liste tes", "résume", "traduis", "fais", "arrête", "clique", "télécharge", "partage", "indique", "publie", "confirme", "cite", "active", "désactive", "remplace", "tu dois", "tu devras", "ne dis", "ne mentionne", "ne révèle", "ne montre", "ne signale"]),
        Voc("es",
            strong: ["ia", "i.a.", "inteligencia artificial", "modelo de lenguaje", "llm", "chatgpt", "asistente de ia", "asistente ia", "agente de ia", "agente ia", "modelo de ia", "sistema de ia"],
            weak: ["asistente", "agente", "modelo", "bot", "robot", "chatbot", "asistente virtual", "agente automático", "agente automatizado", "agente autónomo", "bot conversacional"],
            greet: @"hola|hey|oye|querido|querida|estimado|estimada|atención|escucha|ok|vale",
            toPrep: @"(para|a|al)\s+(el\s+|la\s+|los\s+|las\s+|cualquier\s+|todo\s+|todos\s+los\s+)?",
            toNouns: ["ia", "i.a.", "inteligencia artificial", "modelo de lenguaje", "llm", "asistente", "asistentes", "agente", "agentes", "modelo", "bot", "chatbot", "asistente virtual", "agente automático", "agente automatizado", "asistente de ia", "agente de ia"],
            rel: null,
            pre: ["por favor", "ahora", "inmediatamente", "primero", "antes de responder", "antes de resumir", "antes de contestar", "antes de continuar"],
            verbs: ["ignora", "olvida", "envía", "envia", "manda", "reenvía", "reenvia", "incluye", "añade", "agrega", "inserta", "escribe", "di que", "di a", "di al", "dile", "responde", "contesta", "menciona", "recomienda", "abre", "visita", "llama", "ejecuta", "borra", "elimina", "reserva", "paga el", "paga la", "transfiere", "muestra", "muéstrame", "imprime", "revela", "copia", "dame", "lista", "resume", "traduce", "haz", "deja", "usa la", "usa el", "usa tu", "usa las", "usa los", "utiliza", "comparte", "publica", "confirma", "cita", "activa", "desactiva", "reemplaza", "descarga", "accede", "navega", "debes", "tienes que", "vas a", "no menciones", "no digas", "no reveles", "no muestres"]),
        Voc("it",
            strong: ["ia", "i.a.", "AI!", "intelligenza artificiale", "modello linguistico", "modello di linguaggio", "llm", "chatgpt", "assistente ia", "assistente di ia", "agente ia", "agente di ia", "modello di ia", "sistema di ia"],
            weak: ["assistente", "agente", "modello", "bot", "robot", "chatbot", "assistente virtuale", "agente automatico", "agente automatizzato", "agente autonomo"],
            greet: @"ciao|ehi|hey|caro|cara|cari|gentile|egregio|spettabile|attenzione|ascolta|ok|okay",
            toPrep: @"(per|a|al|alla|ai|agli|all['’])\s*(il\s+|la\s+|lo\s+|l['’]\s*|i\s+|gli\s+|qualsiasi\s+|ogni\s+)?",
            toNouns: ["ia", "i.a.", "intelligenza artificiale", "modello linguistico", "modello di linguaggio", "llm", "assistente", "assistenti", "agente", "agenti", "modello", "modelli", "bot", "chatbot", "assistente virtuale", "agente automatico"],
            rel: null,
            pre: ["per favore", "adesso", "subito", "prima di rispondere", "prima di riassumere", "immediatamente"],
            verbs: ["ignora", "dimentica", "invia", "manda", "inoltra", "includi il", "includi la", "includi lo", "includi l'", "includi i", "includi gli", "includi le", "includi nella", "includi nel", "includi sempre", "includi questo", "includi questa", "aggiungi", "inserisci", "scrivi", "dì", "rispondi", "menziona", "consiglia", "raccomanda", "apri il", "apri la", "apri lo", "apri l'", "apri i", "apri gli", "apri le", "apri subito", "apri questo", "apri questa", "apri un", "apri una", "visita", "chiama", "esegui", "avvia", "elimina", "cancella", "prenota", "paga il", "paga la", "trasferisci", "mostra", "mostrami", "stampa", "rivela", "copia", "elenca", "riassumi", "traduci", "fai finta", "fai in modo", "fai sì", "smetti", "usa il", "usa la", "usa lo", "usa l'", "usa i", "usa gli", "usa le", "usa questo", "usa questa", "utilizza", "condividi", "pubblica", "conferma", "cita", "attiva", "disattiva", "sostituisci", "scarica", "accedi", "vai", "dammi", "riporta", "dovrai", "non menzionare", "non dire", "non rivelare", "non mostrare"]),
        Voc("pt",
            strong: ["ia", "i.a.", "inteligência artificial", "inteligencia artificial", "modelo de linguagem", "llm", "chatgpt", "assistente de ia", "assistente ia", "agente de ia", "agente ia", "modelo de ia", "sistema de ia"],
            weak: ["assistente", "agente", "modelo", "bot", "robô", "robo", "chatbot", "assistente virtual", "agente automático", "agente automatizado", "agente autônomo"],
            greet: @"olá|ola|oi|ei|hey|querido|querida|caro|cara|prezado|prezada|atenção|atencao|escuta|ok",
            toPrep: @"(para|ao|à|a)\s+(o\s+|a\s+|os\s+|as\s+|qualquer\s+|todo\s+)?",
            toNouns: ["ia", "i.a.", "inteligência artificial", "modelo de linguagem", "llm", "assistente", "assistentes", "agente", "agentes", "modelo", "bot", "chatbot", "robô", "assistente virtual", "agente automático", "sistema de ia", "assistente de ia", "agente de ia"],
            rel: null,
            pre: ["por favor", "agora", "já", "imediatamente", "primeiro", "antes de responder", "antes de continuar", "antes de resumir"],
            verbs: ["ignore as", "ignore os", "ignore todas", "ignore todos", "ignore tudo", "ignore suas", "ignore seus", "ignora", "desconsidere", "desconsidera", "esqueça", "esquece", "envie", "envia", "mande", "manda", "encaminhe", "encaminha", "inclua", "inclui", "adicione", "adiciona", "acrescente", "insira", "insere", "escreva", "escreve", "diga", "diz", "responda", "responde", "mencione", "menciona", "recomende", "recomenda", "abra", "abre", "visite", "acesse", "acessa", "chame", "execute", "executa", "rode", "apague", "apaga", "exclua", "reserve", "pague", "transfira", "mostre", "mostra", "exiba", "exibe", "imprima", "revele", "revela", "copie", "copia", "liste as", "liste os", "liste todas", "liste todos", "resuma", "traduza", "faça", "pare de", "use a ferramenta", "use a função", "use sua", "use seu", "use esta", "use este", "usa a", "usa o", "utilize", "compartilhe", "publique", "confirme", "cite", "ative", "desative", "substitua", "clique", "baixe", "você deve", "voce deve", "tu deves", "não mencione", "nao mencione", "não diga", "não revele", "não mostre"]),
        Voc("nl",
            strong: ["ai", "a.i.", "kunstmatige intelligentie", "taalmodel", "llm", "chatgpt", "ai-assistent", "ai-agent", "ai-model", "ai-systeem"],
            weak: ["assistent", "agent", "model", "bot", "chatbot", "robot", "virtuele assistent", "geautomatiseerde agent", "automatische agent"],
            greet: @"hoi|hallo|hey|hé|beste|lieve|geachte|let\s+op|luister|ok|oké",
            toPrep: @"(aan|voor)\s+(de|het|elke|iedere|alle)\s+",
            toNouns: ["ai", "kunstmatige intelligentie", "taalmodel", "llm", "ai-assistent", "ai-agent", "ai-model", "assistent", "agent", "model", "bot", "chatbot", "virtuele assistent"],
            rel: @"die|dat|welke",
            pre: ["alsjeblieft", "alstublieft", "graag", "eerst", "meteen", "onmiddellijk", "voordat je antwoordt"],
            verbs: ["negeer", "vergeet", "stuur", "verstuur", "zend", "verzend", "voeg", "plak", "zet", "neem", "schrijf", "zeg", "vertel", "antwoord", "beantwoord", "noem", "vermeld", "raad", "open de", "open het", "open een", "open je", "bezoek", "bel de", "bel het", "bel ons", "roep", "voer", "verwijder", "wis de", "wis het", "wis alle", "boek", "betaal", "maak", "toon", "laat", "onthul", "kopieer", "geef", "vat", "vertaal", "doe alsof", "doe dit", "doe het", "doe dat", "stop met", "gebruik", "deel de", "deel het", "deel je", "deel alle", "publiceer", "bevestig", "citeer", "activeer", "schakel", "vervang", "klik", "ga naar", "ga door", "sla", "je moet", "jij moet"]),
        Voc("ru",
            strong: ["ии", "ai", "искусственный интеллект", "языковая модель", "нейросеть", "нейронная сеть", "llm", "chatgpt", "ии-ассистент", "ии-помощник", "ai-ассистент", "ai-помощник", "ии-агент", "ai-агент", "ии-модель", "ассистент ии", "помощник ии"],
            weak: ["ассистент", "помощник", "агент", "модель", "бот", "чат-бот", "чатбот", "робот", "виртуальный помощник", "виртуальный ассистент", "автоматический агент"],
            greet: @"привет|эй|слушай|уважаемый|уважаемая|дорогой|дорогая|внимание|ок|ok",
            toPrep: @"(для|к|ко)\s+(любого\s+|любой\s+|всех\s+|каждого\s+|каждой\s+)?",
            toNouns: ["ии", "ai", "искусственного интеллекта", "искусственному интеллекту", "языковой модели", "нейросети", "llm", "ассистента", "ассистенту", "помощника", "помощнику", "агента", "агенту", "модели", "бота", "боту", "чат-бота", "чат-боту", "ии-ассистента", "ии-помощника", "ии-агента"],
            rel: @"который|которая|которое|что",
            pre: ["пожалуйста", "сейчас", "срочно", "немедленно", "сначала", "теперь", "прежде чем ответить", "перед ответом", "дословно", "незаметно"],
            verbs: ["игнорируй", "проигнорируй", "забудь", "отправь", "пришли", "перешли", "включи", "добавь", "вставь", "допиши", "напиши", "скажи", "сообщи", "ответь", "упомяни", "порекомендуй", "посоветуй", "рекомендуй", "открой", "посети", "перейди", "позвони", "вызови", "выполни", "запусти", "удали", "сотри", "забронируй", "оплати", "переведи", "покажи", "выведи", "распечатай", "раскрой", "скопируй", "дай", "перечисли", "перескажи", "сделай", "прекрати", "перестань", "используй", "воспользуйся", "поделись", "опубликуй", "подтверди", "процитируй", "отключи", "замени", "укажи", "нажми", "скачай", "зайди", "ты должен", "ты должна", "ты обязан", "не упоминай", "не говори", "не сообщай", "не показывай", "не раскрывай"]),
        Voc("pl",
            strong: ["ai", "si", "sztuczna inteligencjo", "sztuczna inteligencja", "modelu językowy", "model językowy", "llm", "chatgpt", "asystencie ai", "asystent ai", "asystencie si", "agencie ai", "agent ai", "modelu ai"],
            weak: ["asystencie", "asystent", "asystentko", "agencie", "agent", "modelu", "model", "bot", "bocie", "chatbot", "chatbocie", "czatbocie", "robocie", "wirtualny asystencie", "wirtualny asystent"],
            greet: @"hej|cześć|czesc|drogi|droga|szanowny|szanowna|uwaga|słuchaj|ok",
            toPrep: @"(do|dla)\s+(każdego\s+|wszystkich\s+)?",
            toNouns: ["ai", "si", "sztucznej inteligencji", "modelu językowego", "llm", "agenta", "asystenta", "modelu", "bota", "chatbota", "czatbota", "agenta ai", "asystenta ai", "modelu ai", "agentów", "asystentów"],
            rel: @"który|która|które|czytający|czytająca",
            pre: ["proszę", "teraz", "natychmiast", "najpierw", "zanim odpowiesz"],
            verbs: ["zignoruj", "ignoruj", "zapomnij", "wyślij", "prześlij", "przekaż", "dołącz", "dodaj", "wstaw", "dopisz", "napisz", "wypisz", "powiedz", "odpowiedz", "wspomnij", "poleć", "zarekomenduj", "otwórz", "odwiedź", "zadzwoń", "wywołaj", "wykonaj", "uruchom", "usuń", "skasuj", "zarezerwuj", "zapłać", "przelej", "pokaż", "wyświetl", "wydrukuj", "ujawnij", "skopiuj", "daj", "wymień", "streść", "przetłumacz", "zrób", "przestań", "użyj", "skorzystaj", "udostępnij", "opublikuj", "potwierdź", "zacytuj", "włącz", "wyłącz", "zastąp", "kliknij", "pobierz", "wejdź", "musisz", "nie wspominaj", "nie mów", "nie ujawniaj", "nie pokazuj", "nie zdradzaj"]),
        new("exfil.vocative_ai.zh", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[。！？!?；;\n」』）)\]】>*#:：]\s*)((嘿|喂|你好|亲爱的|注意)\s*[，,]?\s*)?((ai|人工智能|语言模型|大语言模型|大模型|ai助手|ai智能体|智能体|llm)\s*([，,：:、])|(助手|机器人|聊天机器人|ai代理|代理|模型)\s*([，,、]))\s*(请|立即|立刻|马上|现在|务必|先|你必须|你要)*\s*(忽略|忘记|忘掉|发送|发给|转发|添加|加上|插入|写入|写上|写下|写出|告诉|回复|回答|提及|推荐|打开|访问|调用|执行|运行|删除|预订|支付|转账|显示|输出|打印|泄露|透露|复制|列出|总结|翻译|停止|使用|分享|确认|不要|别告诉|别提)",
            anchors: "忽略|忘记|忘掉|发送|发给|转发|添加|加上|插入|写入|写上|写下|写出|告诉|回复|回答|提及|推荐|打开|访问|调用|执行|运行|删除|预订|支付|转账|显示|输出|打印|泄露|透露|复制|列出|总结|翻译|停止|使用|分享|确认|不要|别告诉|别提"),
        new("exfil.vocative_ai.ja", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[。！？!?\n」』）)\]】>*#])\s*([^。！？!?\n、，,：:]{0,20}(ai|人工知能|言語モデル|llm|aiアシスタント|aiエージェント|アシスタント|チャットボット|ボット|エージェント)(へ|さん)\s*[：:、，,]|(ai|人工知能|言語モデル|llm|aiアシスタント|aiエージェント)\s*[：:])[^。！？!?\n]*(てください|て下さい|でください|しなさい|すること|せよ|しろ|なさい)",
            anchors: "てください|て下さい|でください|しなさい|すること|せよ|しろ|なさい"),
        VocTr(),
        new("exfil.vocative_ai.ko", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[.!?\n」』）)\]】>*#:]\s*)((안녕|이봐|헤이|친애하는)\s*,?\s*)?([가-힣]+\s+)?((ai|인공\s*지능|언어\s*모델|llm)\s*(아|야|에게|한테|님)?\s*[,，:：]|(ai\s*어시스턴트|ai\s*에이전트|어시스턴트|에이전트|챗봇|봇|모델|비서)\s*((아|야|에게|한테|님)\s*[,，:：]|[,，]))[^.!?\n]*(해라|하라|하십시오|하세요|주세요|주십시오|말라|마라|마세요|말\s?것|할\s?것|하시오|덧붙여라|넣어라|보내라|알려라)",
            anchors: "해라|하라|하십시오|하세요|주세요|주십시오|말라|마라|마세요|말 것|말것|할 것|할것|하시오|붙여라|넣어라|보내라|알려라"),
        Voc("ar",
            strong: ["الذكاء الاصطناعي", "الذكاء الإصطناعي", "ذكاء اصطناعي", "النموذج اللغوي", "نموذج اللغة", "المساعد الذكي", "ai", "llm"],
            weak: ["المساعد", "مساعد", "النموذج", "نموذج", "البوت", "بوت", "الروبوت", "روبوت", "الوكيل", "وكيل", "شات بوت", "الشات بوت", "chatbot"],
            greet: @"أيها|ايها|يا|عزيزي|مرحبا|مرحباً|انتبه",
            toPrep: @"(إلى|الى|لل|ل)\s*",
            toNouns: ["الذكاء الاصطناعي", "ذكاء اصطناعي", "النموذج", "نموذج", "المساعد", "مساعد", "البوت", "بوت", "وكيل", "الوكيل", "ذكاء الاصطناعي", "نموذج اللغوي"],
            rel: @"الذي|التي",
            pre: ["من فضلك", "رجاء", "رجاءً", "الآن", "فورا", "فوراً", "أولا", "أولاً"],
            verbs: ["تجاهل", "انس", "أرسل", "ارسل", "حول", "حوّل", "ضمن", "ضمّن", "أضف", "اضف", "أدرج", "ادرج", "اكتب", "قل", "أخبر", "اخبر", "أجب", "اجب", "اذكر", "أوص", "انصح", "افتح", "زر", "اتصل", "نفذ", "نفّذ", "شغل", "شغّل", "احذف", "امسح", "احجز", "ادفع", "اعرض", "اطبع", "اكشف", "انسخ", "أعط", "اعط", "لخص", "لخّص", "ترجم", "افعل", "توقف", "استخدم", "شارك", "انشر", "أكد", "اكد", "استبدل", "انقر", "حمل", "حمّل", "ادخل", "يجب عليك", "عليك أن", "لا تظهر", "لا تُظهر", "لا تذكر", "لا تخبر", "لا تشر", "لا تكشف"]),
        new("exfil.vocative_ai.hi", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[.!?।\n)\]>*#:]\s*)((सुनो|सुनिए|हे|अरे|प्रिय|नमस्ते|ध्यान\s+दो)\s*,?\s*)?((एआई|ai|कृत्रिम\s+बुद्धिमत्ता|आर्टिफिशियल\s+इंटेलिजेंस|भाषा\s+मॉडल|लैंग्वेज\s+मॉडल|llm|(एआई|ai)\s+(सहायक|असिस्टेंट|मॉडल|एजेंट))\s*[,:：]|(सहायक|असिस्टेंट|मॉडल|बॉट|चैटबॉट|एजेंट)\s*,)[^.!?।\n]*(भेजो|भेजें|भेजिए|लिखो|लिखें|लिखिए|बताओ|बताएं|बताएँ|बताइए|जोड\u093C?ो|जोड\u093C?ें|जोड\u093C?िए|खोलो|खोलें|चलाओ|चलाएं|हटाओ|हटाएं|मिटाओ|दिखाओ|दिखाएं|दिखाइए|करो|कीजिए|करिए|दो|दीजिए|भूल\s+जाओ|भूल\s+जाएं|मत\s+बताओ|मत\s+बताना|मत\s+करना)(\s|[.!?।,]|$)",
            anchors: "भेजो|भेजें|भेजिए|लिखो|लिखें|लिखिए|बताओ|बताएं|बताएँ|बताइए|जोड|खोलो|खोलें|चलाओ|चलाएं|हटाओ|हटाएं|मिटाओ|दिखाओ|दिखाएं|दिखाइए|करो|कीजिए|करिए|दो|दीजिए|जाओ|जाएं|बताना|करना"),
        Voc("sv",
            strong: ["ai", "ai:n", "a.i.", "artificiell intelligens", "språkmodell", "språkmodellen", "llm", "chatgpt", "ai-assistent", "ai-assistenten", "ai-agent", "ai-agenten", "ai-modell", "ai-modellen"],
            weak: ["assistent", "assistenten", "agent", "agenten", "modell", "modellen", "bot", "boten", "chatbot", "chattbot", "chatboten", "chattboten", "robot", "virtuell assistent"],
            greet: @"hej|hallå|kära|käre|bästa|obs|lyssna|ok|okej",
            toPrep: @"(till|för)\s+(den\s+|det\s+|alla\s+|varje\s+)?",
            toNouns: ["ai", "ai:n", "språkmodellen", "llm", "ai-assistenten", "ai-agenten", "ai-modellen", "assistenten", "agenten", "modellen", "boten", "chatboten", "chattboten"],
            rel: null,
            pre: ["snälla", "genast", "direkt", "först", "omedelbart", "innan du svarar"],
            verbs: ["ignorera", "glöm", "skicka", "vidarebefordra", "inkludera", "lägg", "infoga", "skriv", "säg", "berätta", "svara", "nämn", "rekommendera", "öppna", "besök", "ring upp", "ring till", "anropa", "kör", "utför", "radera", "ta bort", "boka", "betala", "överför", "visa", "avslöja", "kopiera", "ge mig", "ge oss", "ge användaren", "lista", "sammanfatta", "översätt", "gör", "sluta", "använd", "dela", "publicera", "bekräfta", "citera", "aktivera", "inaktivera", "ersätt", "klicka", "ladda", "låtsas", "du måste", "du ska", "nämn aldrig", "säg inte"]),
        Voc("cs",
            strong: ["ai", "umělá inteligence", "umela inteligence", "jazykový modele", "jazykový model", "llm", "chatgpt", "ai asistente", "ai asistent", "ai agente", "ai agent", "ai modele"],
            weak: ["asistente", "asistent", "agente", "agent", "modele", "model", "bote", "bot", "chatbote", "chatbot", "robote", "virtuální asistente"],
            greet: @"ahoj|hej|milý|milá|drahý|vážený|vážená|pozor|poslouchej|ok",
            toPrep: @"(pro|k|ke)\s+(každého\s+|všechny\s+|jakéhokoli\s+)?",
            toNouns: ["ai", "umělou inteligenci", "jazykový model", "llm", "asistenta", "asistentovi", "agenta", "agentovi", "model", "modelu", "bota", "botovi", "chatbota", "ai asistenta", "ai agenta"],
            rel: @"který|která|které|jenž",
            pre: ["prosím", "teď", "nyní", "ihned", "okamžitě", "nejprve", "hned"],
            verbs: ["ignoruj", "zapomeň", "pošli", "odešli", "přepošli", "zahrň", "přidej", "vlož", "připiš", "napiš", "vypiš", "řekni", "odpověz", "zmiň", "doporuč", "otevři", "navštiv", "zavolej", "spusť", "proveď", "vykonej", "smaž", "odstraň", "zarezervuj", "zaplať", "převeď", "ukaž", "zobraz", "vytiskni", "prozraď", "zkopíruj", "dej", "vyjmenuj", "shrň", "přelož", "udělej", "přestaň", "použij", "sdílej", "zveřejni", "potvrď", "cituj", "zapni", "vypni", "nahraď", "klikni", "stáhni", "musíš", "neukazuj", "nezmiňuj", "neříkej", "neprozrazuj"]),
        Voc("uk",
            strong: ["ші", "шi", "ai", "штучний інтелекте", "штучний інтелект", "мовна модель", "мовна моделе", "нейромережа", "llm", "chatgpt", "ші-асистент", "ші-асистенте", "ші-помічник", "ші-помічнику", "ai-асистент", "ші-агент", "ші-агенте"],
            weak: ["асистент", "асистенте", "помічник", "помічнику", "агент", "агенте", "модель", "моделе", "бот", "боте", "чат-бот", "чат-боте", "робот", "роботе", "віртуальний помічник"],
            greet: @"привіт|гей|слухай|шановний|шановна|любий|дорогий|увага|ок|ok",
            toPrep: @"(для|до)\s+(будь-якого\s+|будь-якої\s+|кожного\s+|усіх\s+|всіх\s+)?",
            toNouns: ["ші", "шi", "ai", "штучного інтелекту", "мовної моделі", "нейромережі", "llm", "асистента", "помічника", "агента", "бота", "моделі", "чат-бота", "ші-асистента", "ші-помічника", "ші-агента"],
            rel: @"який|яка|яке|що",
            pre: ["будь ласка", "зараз", "негайно", "спершу", "спочатку", "тепер"],
            verbs: ["ігноруй", "проігноруй", "забудь", "надішли", "перешли", "відправ", "включи", "додай", "встав", "допиши", "напиши", "виведи", "скажи", "повідом", "відповідай", "згадай", "порекомендуй", "порадь", "відкрий", "відвідай", "перейди", "зателефонуй", "виклич", "виконай", "запусти", "видали", "зітри", "забронюй", "оплати", "переведи", "покажи", "роздрукуй", "розкрий", "скопіюй", "дай", "перелічи", "перекажи", "зроби", "припини", "використай", "скористайся", "поділися", "опублікуй", "підтверди", "процитуй", "увімкни", "вимкни", "заміни", "вкажи", "натисни", "завантаж", "зайди", "ти повинен", "ти мусиш", "не згадуй", "не кажи", "не повідомляй", "не показуй", "не розкривай"]),
        Voc("vi",
            strong: ["AI!", "trí tuệ nhân tạo", "mô hình ngôn ngữ", "llm", "chatgpt", "trợ lý AI!", "mô hình AI!", "tác tử AI!", "chatbot AI!"],
            weak: ["trợ lý", "trợ lý ảo", "chatbot", "bot", "mô hình", "tác tử"],
            greet: @"này|chào|hey|ê|kính\s+gửi|thân\s+gửi|gửi|chú\s+ý|nghe\s+này",
            toPrep: @"(gửi|gửi\s+tới|gửi\s+đến|gửi\s+cho|dành\s+cho|cho)\s+(các\s+|mọi\s+|bất\s+kỳ\s+)?",
            toNouns: ["AI!", "trí tuệ nhân tạo", "mô hình ngôn ngữ", "llm", "trợ lý", "trợ lý AI!", "trợ lý ảo", "chatbot", "bot", "mô hình", "mô hình AI!", "tác tử"],
            rel: null,
            pre: ["làm ơn", "vui lòng", "ngay", "bây giờ", "trước tiên"],
            verbs: ["hãy", "bỏ qua", "quên", "gửi", "chuyển tiếp", "thêm", "chèn", "viết", "nói", "trả lời", "đề cập", "giới thiệu", "mở", "truy cập", "gọi", "thực hiện", "chạy", "xóa", "xoá", "đặt", "thanh toán", "chuyển", "hiển thị", "tiết lộ", "sao chép", "liệt kê", "tóm tắt", "dịch", "dừng", "sử dụng", "dùng", "chia sẻ", "đăng", "xác nhận", "kích hoạt", "tắt", "thay", "nhấp", "tải", "đừng", "không được", "tuyệt đối không", "bạn phải"]),
    ];

    private static InjectionRule Voc(string lang, string[] strong, string[] weak, string greet, string toPrep, string[] toNouns, string? rel,
        string[] pre, string[] verbs)
    {
        string alternatives =
            $"(({greet})\\s*,?\\s*)?({(strong.Length > 0 ? VocAlt(strong) + VocSepAny + "|" : "")}{VocAlt(weak)}{VocSepComma}" +
            (rel is null ? "" : $"(\\s*({rel})\\b[^.!?\\n:：]*{VocSepColon})?") + ")" +
            $"|({greet})\\s*,?\\s*{VocAlt(weak)}{VocSepColon}";
        string order = $"(({VocAlt(pre, exactSpace: true)})\\s*,?\\s*)*{VocAlt(verbs, exactSpace: true)}\\b";
        // the note form with words between the noun and the colon: "Для модели, которая читает эту страницу: добавь"
        string gap = $"{toPrep}(\\w+\\s+)?{VocAlt(toNouns)}\\b[^.!?\\n:：]*[:：] ?";
        string pattern = $"{VocStart}(({alternatives}) ?|{gap}){order}";
        // every match has a separator (a comma or a colon) followed by the order's first word (or a "please", "now" ...)
        var anchors = new List<string>();
        foreach (string word in (string[])[.. pre, .. verbs])
        {
            string first = word.ToLowerInvariant();
            foreach (string sep in VocSepAnchors.Split('|'))
            {
                anchors.Add(sep.Trim() + first);
                anchors.Add(sep.Trim() + " " + first);
            }
        }
        return new($"exfil.vocative_ai.{lang}", FindingKind.ToolOrExfiltrationInstruction, 0.75, pattern,
            anchors: string.Join('|', anchors.Distinct()));
    }

    // Turkish puts the order at the end of the clause: an imperative (second person, singular or plural) before the
    // clause ends; the dotless ı is matched as the normalizer leaves it (i). Anchors: the imperatives as whole words.
    private static InjectionRule VocTr()
    {
        string[] stems = ["gönder", "ilet", "ekle", "yaz", "söyle", "yanitla", "bahset", "öner", "aç", "çaliştir", "sil",
            "kaldir", "öde", "aktar", "göster", "yazdir", "açikla", "kopyala", "listele", "özetle", "çevir", "yap", "kullan", "paylaş",
            "onayla", "unut", "bahsetme", "söyleme", "gösterme", "yazma", "ekleme", "etme"];
        string[] suffixes = ["", "in", "iniz", "yin", "yiniz"];
        string pattern = @"(^|[.!?;\n)\]>*#:""“”]\s*|[-–—]\s+)((hey|merhaba|sevgili|sayin|değerli|degerli|dikkat|bak)\s*,?\s*)?" +
            @"((yapay\s+zek[aâ]|ai|yz|dil\s+modeli|llm|chatgpt|(yapay\s+zek[aâ]|ai)\s+asistani)\s?[,:]|(asistan|model|modeli|bot|botu|sohbet\s+botu|chatbot|ajan|sanal\s+asistan)\s?,)" +
            $@"[^.!?\n]*\b({string.Join('|', stems)})({string.Join('|', suffixes.Where(x => x.Length > 0))})?\s*([.!;,\n]|$)";
        return new("exfil.vocative_ai.tr", FindingKind.ToolOrExfiltrationInstruction, 0.75, pattern,
            anchors: string.Join('|', stems.SelectMany(st => suffixes.Select(x => st + x)).Distinct()), wordAnchors: true);
    }

    // one alternation of plain phrases: a space is any whitespace, a hyphen may be a space or nothing, a trailing "!" asks
    // for the capitals as written (Vietnamese "AI"; "ai" is "who")
    private static string VocAlt(string[] phrases, bool exactSpace = false) =>
        "(" + string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => VocPhrase(p, exactSpace))) + ")";

    private static string VocPhrase(string phrase, bool exactSpace)
    {
        bool exact = phrase.EndsWith('!');
        string body = exact ? phrase[..^1] : phrase;
        var sb = new System.Text.StringBuilder();
        foreach (char c in body)
        {
            sb.Append(c switch
            {
                ' ' => exactSpace ? " " : @"\s+",
                '-' => exactSpace ? "-" : @"[-\s]?",
                '.' => @"\.",
                '\'' or '’' => exactSpace ? c.ToString() : "['’]",
                _ => c.ToString(),
            });
        }
        string s = sb.ToString();
        // a trailing "AI!" inside a phrase ("trợ lý AI!"): only the AI part is matched in capitals
        if (exact)
        {
            int i = s.LastIndexOf(@"\s+", StringComparison.Ordinal);
            return i < 0 ? $"(?-i:{s})" : $"{s[..(i + 3)]}(?-i:{s[(i + 3)..]})";
        }
        return s;
    }
}

namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // ---- ru ----
    private const string ArNounRu = @"(\bассистент\w*|\bчат-?бот\w*|\bбот(а|у|ом|е|ы|ов|ам)?\b|\bии\b|\bai\b|\bнейросет\w*|\bнейронн\w+\s+сет\w*|\bязыков\w+\s+модел\w*|\bмодел\w*|\b(ии|ai)(-|\s+)\w+|\b(автоматическ|автоматизированн|виртуальн)\w*\s+\w+)";
    private const string ArNounStrictRu = @"(\bчат-?бот\w*|\bбот(ом)?\b|\bии\b|\bai\b|\bнейросет\w*|\bязыков\w+\s+модел\w*|\b(ии|ai)(-|\s+)\w+|\b(автоматическ|автоматизированн|виртуальн)\w*\s+\w+)";
    private const string ArReadRu = @"(чита\w*|прочита\w*|прочт\w*|обрабатыва\w*|обработа\w*|пересказыва\w*|перескаж\w*|резюмиру\w*|суммаризир\w*|анализиру\w*|открыва\w*|просматрива\w*|разбира\w*)";
    private const string ArDemRu = @"(эт(от|а|о|у|и|ого|ой|их|ом)|данн\w+|настоящ\w+)\b";
    private const string ArDirRu = @"(должен|должн\w*|обязан\w*|следует|нужно|необходимо|пусть|пожалуйста|просим|просьба|разрешено|уполномочен\w*|вправе|будем\s+(\w+\s+)?(признательны|благодарны)|\w{2,}(ите|йте)\b|\b(отправь|перешли|пришли|вышли|передай|вставь|добавь|удали|напиши|сообщи|укажи|выведи|переведи|скажи|игнорируй|забудь|открой|опубликуй|выполни|сделай|приведи|покажи|упомяни|не\s+упоминай|не\s+сообщай|выполняй|просит)\b|[:：])";
    private const string ArSensRu = @"(парол\w*|ключ\w*\s+(api|доступа|авторизации)|api[-\s]?ключ\w*|токен\w*|секрет\w*|уч[её]тн\w+\s+данн\w*|cookie\w*|куки|сессионн\w+|\.env|истори\w+\s+(переписк|чат|диалог|разговор|сообщени)\w*|(всю|весь|полн\w+)\s+(переписк|разговор|диалог)\w*|(переписк|разговор|диалог|письма|сообщения|контакты)\w*\s+(с\s+)?(пользовател|клиент)\w*|(входящ|почтов)\w+\s+ящик\w*|список\s+контактов|адресн\w+\s+книг\w*|(личн|персональн|паспортн)\w+\s+данн\w*|номер\w*\s+(карт|телефон|паспорт|сч[её]т)\w*|данн\w+\s+(карт|пользовател|клиент)\w*)";
    private const string ArXferRu = @"(отправь|отправьте|перешли|перешлите|перешл[её]т\w*|вышли|вышлите|пришли|пришлите|передай|передайте|загрузи|загрузите|выгрузи|выгрузите|вставь|вставьте|добавь|добавьте|приложи|приложите|скопируй|скопируйте|опубликуй|опубликуйте|(должен|должна|должны|нужно|необходимо|следует|обязан\w*|просим|пусть)\s+(\S+\s+)?(отправить|переслать|выслать|передать|загрузить|вставить|добавить|приложить))\b";

    // ---- pl ----
    private const string ArNounStrictPl = @"(\bai\b|sztuczn\w+\s+inteligencj\w+|\bchatbot\w*|\bbot(a|em|y|ów|om|owi|cie)?\b|model\w*\s+j[ęe]zykow\w*|\b(ai|si)(-|\s+)\w+|asystent\w*\s+(ai|si|sztucznej\s+inteligencji)\b|(automatyczn|zautomatyzowan|wirtualn)\w*\s+\w+)";
    private const string ArNounPl = @"(" + ArNounStrictPl + @"|\basystent\w*|\basystenc\w*|\bmodel\w*)";
    private const string ArReadPl = @"(czyta\w*|przeczyta\w*|przetwarza\w*|przetworz\w*|streszcza\w*|podsumowu\w*|analizu\w*|otwiera\w*|obsługu\w*|obsluguj\w*|wczytu\w*|przegląda\w*|odczytu\w*)";
    private const string ArDemPl = @"(ten|ta|to|tę|te|tego|tej|tych|tym|niniejsz\w+)\b";
    private const string ArDirPl = @"(\bmusi\b|\bmuszą\b|powin\w+|\bma\b|\bmają\b|należy|proszę|prosimy|prosi\b|niech|upoważnion\w*|upoważnien\w*|zobowiązan\w*|uprawnion\w*|będziemy\s+(\w+\s+)?wdzięczni|\b(wyślij|prześlij|przekaż|dodaj|usuń|napisz|podaj|wklej|zignoruj|ignoruj|wstaw|wypisz|pomiń|zrób|wykonaj|zarezerwuj|opłać|przelej|otwórz|udostępnij|pokaż|umieść|poleć|wspomnij|nie\s+wspominaj|nie\s+informuj|wykonuj)(cie)?\b|[:：])";
    private const string ArSensPl = @"(hasł\w*|hasl\w*|klucz\w*\s+(api|dostępu|dostepu)|token\w*|sekret\w*|dan\w+\s+logowania|ciasteczk\w*|cookies?|\.env|histori\w+\s+(rozmow|rozmów|czatu|korespondencji|wiadomości)\w*|cał\w+\s+(rozmow|korespondencj)\w*|skrzynk\w+\s+odbiorcz\w+|(e-?maile?|wiadomości|kontakty|rozmow\w+)\s+(użytkownika|klienta)|list\w+\s+kontaktów|dan\w+\s+osobow\w+|pesel\w*|numer\w*\s+(karty|telefonu|paszportu|konta|dowodu)|dan\w+\s+(karty|użytkownika|klienta))";
    private const string ArXferPl = @"(\b(wyślij|wyslij|prześlij|przeslij|przekaż|przekaz|wklej|wstaw|dołącz|dolacz|załaduj|zaladuj|wgraj|udostępnij|udostepnij|skopiuj|opublikuj|dodaj)(cie)?\b|\b(musi|należy|ma|mają|powinien|powinna|powinno|powinni|do)\s+(\S+\s+)?(wysłać|wysłania|przesłać|przesłania|przekazać|przekazania|wkleić|wklejenia|załadować|udostępnić|dołączyć)\b|\b(przesłanie|wysłanie|przekazanie)\b)";

    // ---- cs ----
    private const string ArNounStrictCs = @"(\bai\b|uměl\w+\s+inteligenc\w+|\bchatbot\w*|\bbot(a|em|y|ovi|e|u)?\b|jazykov\w+\s+model\w*|\b(ai|ui)(-|\s+)\w+|(automatick|automatizovan|virtuáln|kódov)\w*\s+\w+)";
    private const string ArNounCs = @"(" + ArNounStrictCs + @"|\basistent\w*|\bmodel\w*)";
    private const string ArReadCs = @"(čte\w*|čtou\w*|čtoucí\w*|přečt\w*|zpracováv\w*|zpracuj\w*|shrnuj\w*|shrne\w*|shrnou\w*|analyzuj\w*|otevír\w*|otevře\w*|vyřizuj\w*|vyřídí\w*|načít\w*|načte\w*|prochází\w*)";
    private const string ArDemCs = @"(tento|tato|toto|tuto|tyto|tohoto|této|těchto|tomto|tenhle|tuhle|tohle)\b";
    private const string ArDirCs = @"(\bmusí\b|\bmusejí\b|\bmá\b|\bmají\b|měl\w*\s+by|nechť|\bať\b|prosím|prosíme|žádáme|oprávněn\w*|povinen|povinn\w*|zmocněn\w*|\bsmí\b|byli\s+bychom\s+vděčn\w*|\b(přepošli|pošli|odešli|vlož|přidej|napiš|uveď|smaž|vymaž|ignoruj|vypiš|zobraz|otevři|zaplať|rezervuj|zarezervuj|doporuč|zmiň|nezmiňuj|neříkej|nahraj|sdílej|proveď)(te)?\b|[:：])";
    private const string ArSensCs = @"(hesl\w*|klíč\w*\s+(k\s+)?(api|přístup\w*)|přístupov\w+\s+klíč\w*|token\w*|přihlašovací\w*\s+(údaj\w*|jméno)|cookies?|\.env|histori\w+\s+(konverzac|chatu|zpráv|komunikac)\w*|(cel\w+|dosavadní)\s+(konverzac|rozhovor|korespondenc)\w*|(poštu|e-?maily|zprávy|kontakty|konverzac\w+)\s+uživatele|doručen\w+\s+pošt\w*|osobní\w*\s+údaj\w*|rodné\s+číslo|číslo\s+(účtu|karty|pasu|telefonu|občanského)\w*|jméno\s+a\s+(číslo|adres)\w*)";
    private const string ArXferCs = @"(\b(pošli|pošlete|přepošli|přepošlete|odešli|odešlete|vlož|vložte|přidej|přidejte|nahraj|nahrajte|zkopíruj|zkopírujte|předej|předejte|připoj|připojte)\b|\b(má|mají|musí|by|povinen|oprávněn|prosíme)\s+(\S+\s+)?(poslat|přeposlat|odeslat|vložit|přidat|nahrát|předat|připojit)\b)";

    // ---- uk ----
    private const string ArNounStrictUk = @"(\bші\b|\bai\b|штучн\w+\s+інтелект\w*|\bчат-?бот\w*|\bбот(а|у|ом|е|и|ів)?\b|мовн\w+\s+модел\w*|нейромереж\w*|\b(ші|ai)-?\s*(асистент|помічник|агент|модел|бот)\w*|(автоматичн|автоматизован|віртуальн)\w*\s+(асистент|помічник|агент|систем|програм|обробник|рецензент|інструмент|бот)\w*)";
    private const string ArNounUk = @"(" + ArNounStrictUk + @"|\bасистент\w*|\bмодел\w*|\bпомічник\w*(\s+з\s+\w+|\s+календар\w*)?)";
    private const string ArReadUk = @"(чита\w*|прочита\w*|обробля\w*|оброблю\w*|оброби\w*|опрацьову\w*|опрацю\w*|підсумову\w*|переказу\w*|аналізу\w*|відкрива\w*|резюму\w*|перегляда\w*)";
    private const string ArDemUk = @"(цей|ця|це|цю|ці|цього|цієї|цих|цим|цьому|даний|дану|дане|дана)\b";
    private const string ArDirUk = @"(\bмає\b|\bмають\b|повин\w+|мусить|мусять|зобов['’]язан\w*|уповноважен\w*|дозволено|нехай|\bхай\b|будь\s+ласка|просимо|прохання|будемо\s+(\w+\s+)?вдячн\w*|\w{2,}(іть|йте)(ся)?\b|\b(перешли|надішли|додай|встав|видали|напиши|скажи|виведи|вкажи|повідом|ігноруй|постав|приховай|не\s+згадуй|кажи|виконуй)\b|[:：])";
    private const string ArSensUk = @"(парол\w*|ключ\w*\s+(api|доступу)|токен\w*|секрет\w*|облікові\s+дані|cookie\w*|\.env|історі\w+\s+(листуванн|чат|розмов|переписк|повідомлен)\w*|(все|всю|усе|усю|повн\w+)\s+(листуванн|переписк|розмов|текст\s+розмов)\w*|(листуванн|переписк|розмов|листи|повідомлення|контакти)\w*\s+(з\s+)?(користувач|клієнт)\w*|(поштов|вхідн)\w+\s+скриньк\w*|(персональн|особист|паспортн)\w+\s+дан\w+|номер\w*\s+(картк|телефон|паспорт|рахунк)\w*|дан\w+\s+(картк|користувач|клієнт)\w*)";
    private const string ArXferUk = @"(\b(надішли|надішліть|перешли|перешліть|передай|передайте|відправ|відправте|завантаж|завантажте|встав|вставте|додай|додайте|скопіюй|скопіюйте)\b|\b(має|мають|повинен|повинна|повинні|мусить|зобов['’]язан\w*|просимо)\s+(\S+\s+)?(надіслати|переслати|передати|відправити|завантажити|вставити|додати)\b)";

    // ---- sv ----
    private const string ArNounStrictSv = @"(\bai\b|\bai-\w+|artificiell\w*\s+intelligens|\bchatt?bot\w*|\bbot(ten|en|ar|arna)?\b|språkmodell\w*|(automatisk|automatiserad|virtuell)\w*\s+(assistent|agent|system|program|verktyg|handläggare|granskare|läsare|bot)\w*|\bai\s+(assistent|agent|modell|bot)\w*)";
    private const string ArNounSv = @"(" + ArNounStrictSv + @"|\bassistent\w*|\bmodell\w*)";
    private const string ArReadSv = @"(läser|hanterar|behandlar|bearbetar|sammanfattar|analyserar|öppnar|tolkar|granskar|går\s+igenom)";
    private const string ArDemSv = @"((detta|denna|dessa|den\s+här|det\s+här|de\s+här)\b|\S+\s+(nedan|ovan)\b)";
    private const string ArDirSv = @"(\bska\b|\bskall\b|måste|\bbör\b|\bborde\b|ombeds|uppmanas|är\s+(skyldig|behörig|auktoriserad|ålagd)\w*|har\s+behörighet|vänligen|var\s+vänlig|\bgärna\b|vore\s+(vi\s+)?(mycket\s+)?tacksam\w*|\b(skicka|vidarebefordra|lägg\s+till|ta\s+bort|radera|skriv|ange|ignorera|infoga|visa|öppna|betala|boka|rekommendera|nämn|utelämna|klistra\s+in|dölj)\b|[:：])";
    private const string ArSensSv = @"(lösenord\w*|api-?nyck\w*|åtkomstnyck\w*|(api|åtkomst)\s+nyck\w*|token\w*|inloggningsuppgift\w*|cookies?|kakor|\.env|konversationshistorik\w*|chatthistorik\w*|hela\s+konversation\w*|användarens\s+(\w+\s+)?(meddelanden|mejl|e-post\w*|kontakter|inkorg|personuppgifter|adress|telefonnummer|personnummer|lönebesked|kortnummer)|personuppgift\w*|personnummer|kortnummer|passnummer)";
    private const string ArXferSv = @"((\b(ska|skall|måste|bör|vänligen|gärna|du|ni|den)\s+|(^|[:;,>\-–—]\s*))(skicka|skickar|vidarebefordra\w*|ladda\s+upp|lägg\s+till|klistra\s+in|infoga|överför|bifoga)\s+((hela|alla|all|allt|användarens|ditt|din|dina|era|er|sina|senaste|samtliga|de|det|den)\s+){0,2}" + ArSensSv + @")";

    // ---- tr ----
    private const string ArNounTr = @"(asistan\w*|yapay\s+zek[aâ]\w*|\bbot(u|a|un|lar|lar[ıi]|lara)?\b|sohbet\s*bot\w*|chatbot\w*|dil\s+model\w*|\bmodel\w*|\bajan\w*|\bai\b|\byz\b|\bllm\b|(otomatik|otomatize|sanal|dijital)\s+(\w+\s+)?(asistan|ajan|sistem|program|araç|arac|inceleyici|denetçi|denetci|işlemci|islemci|bot)\w*)";
    private const string ArReadTr = @"(okuyan|[iİı]şleyen|isleyen|özetleyen|ozetleyen|inceleyen|analiz\s+eden|yöneten|yoneten|değerlendiren|degerlendiren|tarayan|yan[ıi]tlayan|cevaplayan)";
    private const string ArDirTr = @"(\w+(meli|mal[ıi])\w*|\w+s[ıiuü]n(lar)?\b|rica\s+olunur|rica\s+ederiz|l[üu]tfen|yükümlü\w*|yukumlu\w*|yetkili\w*|yetkilendiril\w*|zorunda\w*|gerekir|gerekmektedir|\b(ilet|gönder|gonder|ekle|yaz|sil|yükle|yukle|paylaş|paylas|kopyala|öde|ode|uygula|belirt|söyle|soyle|öner|oner|temizle)(in|iniz|yin|yiniz)\b)";
    private const string ArSensTr = @"(\b[şs]ifre\w*|\bparola\w*|\bkimlik\s+bilgi\w*|\bgiri[şs]\s+bilgi\w*|\boturum\s+(bilgi|çerez|cerez|anahtar)\w*|\b(sohbet|konu[şs]ma|mesaj|yaz[ıi][şs]ma)\s+ge[çc]mi[şs]\w*|\bkonu[şs]man[ıi]n\s+tamam\w*|\bki[şs]i\s+listesi\w*|\badres\s+defteri\w*|\bkredi\s+kart\w*|\bkart\s+numara\w*|\bbanka\s+(bilgi|hesap)\w*|\bki[şs]isel\s+(veri|bilgi)\w*|\bapi\s+anahtar\w*|\beri[şs]im\s+anahtar\w*|\btoken\w*|\b[çc]erez\w*|\btelefon\s+numara\w*|\be-?posta\s+adres(ler)\w*|\bpasaport\s+(bilgi|numara)\w*|\bkullan[ıi]c[ıi]n[ıi]n\s+(\w+\s+)?(e-?postalar|mesajlar|ki[şs]iler|adres|telefon|kart)\w*|\b\.env)";
    private const string ArDestTr = @"(\S+@\S+\.[a-z]{2,}|https?://\S+|www\.\S+)";
    private const string ArXferTr = @"(g[öo]nder(il)?|ilet(il)?|y[üu]kle(n)?|aktar(ıl|il)?|payla[şs](ıl|il)?|kopyala(n)?|yolla(n)?|postala(n)?|ekle(n)?)(meli|mal[ıi]|in|iniz|[ıi]n|[ıi]n[ıi]z|yin|yiniz|sin|s[ıi]n|mesi\s+rica|men[iı]z\s+rica|mesini|men[iı]z)\w*";

    private const string ArbDest = @"(\S+@\S+\.[a-z]{2,}|https?://|www\.)";

    /// <summary>
    /// exfil.ai_reader and exfil.sensitive_to_address, language group B: Russian, Polish, Czech, Ukrainian, Swedish, Turkish.
    /// <para>exfil.ai_reader.&lt;lang&gt;: an AI noun tied to the text being read, with a directive later in the same
    /// sentence: (1) a relative clause or participle "the assistant / bot / model / AI (that) reads / processes /
    /// summarizes THIS e-mail / page / ticket" (a demonstrative is required: "the assistant that summarizes your e-mails"
    /// is a product text); (2) a conditional with the demonstrative first ("if this document is processed by an AI agent,
    /// it must ...", ru "если это письмо обрабатывает ассистент", pl "jeśli tę skrzynkę obsługuje asystent", cs "pokud
    /// tento text shrnuje jazykový model", uk "якщо цей лист читає ШІ-помічник"), or in Turkish the conditional verb
    /// ("bu sayfayı bir asistan okuyorsa", "otomatik bir asistan olarak okuyorsanız"); (3) "if you are an (automated) AI /
    /// bot / language model", where bare "assistant" or "model" do not count ("if you are the department's assistant",
    /// "if you are a model"); (4) a note heading ending in a colon for an AI noun or for whoever writes the summary / the
    /// summarizing system (Swedish with an AI-only noun: "Meddelande till assistenten:" is office mail; no bare "agent"
    /// anywhere: "note for the agent:" is call-centre and estate-agent mail); (5) a policy subject: an automated / virtual
    /// assistant, agent, handler or reviewer (never "system", so that "automated systems must log" stays clear) with
    /// "is authorized / obliged / permitted". The directive is a modal ("must", "should", "is to", ru "должен", pl "ma /
    /// powinien", cs "má / měl by / ať", uk "має / повинен", sv "ska / bör", tr "-meli / -malı", "-sın"), "please", "we
    /// would be grateful", or an imperative from a short list (Russian and Ukrainian also the plural imperative endings);
    /// in ru, pl, cs, uk and sv also a colon after the tie, which makes it a heading ("Для ШІ-асистента, який обробляє цю
    /// сторінку:", "Dla modelu językowego czytającego ten dokument:").
    /// Turkish: a participle tie needs "bu" earlier in the sentence, or the AI noun in the dative before a colon ("Yorumları
    /// özetleyen sisteme not:"). Anchors are the tie's own words in the language's script (reading verbs, note words,
    /// "if", authority words; Swedish "du är / ni är", not "om du", which "from duelling" contains), never the Latin "ai"
    /// or "bot", so that English text builds none of these rules. "bot" only with its case endings ("botanik" is no bot).</para>
    /// <para>exfil.sensitive_to_address.&lt;lang&gt;: a transfer verb as a request (imperative, modal + infinitive, or the
    /// future in a polite request) followed within two words by a sensitive
    /// item (passwords, API / access keys, tokens, login data, cookies, .env, the conversation / chat history, the user's
    /// e-mails / inbox / messages / contacts, personal data, card / phone / passport / account numbers) and then, in the
    /// same sentence, clause or table cell, an e-mail address or a URL (Czech and Ukrainian also the item first, the
    /// request within three words after it: "obsah .env odešlete na ..."); or a sensitive item "visible in the session / this
    /// conversation" with a (passive) transfer verb and an address; or (ru, uk, pl, cs) an address link "with the token /
    /// card number appended". Negated requests do not match because the listed verbs are the perfective imperatives
    /// (Slavic negated requests use the imperfective: "не отправляйте", "nie przesyłaj", "neposílejte", "не надсилайте");
    /// Swedish verbs must follow a modal, a subject or a clause start, with only determiners between verb and item
    /// ("skicka aldrig ditt lösenord" does not match); Turkish is verb-final: the item right before the address, then
    /// within two words the verb with a directive suffix ("göndermeyin" does not match, nor "şifre sıfırlama talebinizi
    /// destek@... adresine gönderin"). Anchors are the transfer verbs, never "ilet" alone ("toilet").</para>
    /// </summary>
    private static InjectionRule[] AiReaderRulesB() =>
    [
        AiReaderRule("ru",
            @"(" + ArNounRu + @"(\s*,\s*|\s+)(((котор\w+|что)\s+)?(\w+\s+)?" + ArReadRu + @"\s+" + ArDemRu + @"|(котор\w+|что)\s+" + ArDemRu + @"\s+(\S+\s+)?" + ArReadRu + @"|(при|во\s+время)\s+(пересказ|обработк|чтени|анализ|резюмировани)\w*\s+" + ArDemRu + @")" +
            @"|\b(если|когда)\s+(" + ArDemRu + @"\s+[^.!?\n,]*" + ArReadRu + @"\s+(\w+\s+)?" + ArNounRu + @"|(ты|вы)\s+([—-]\s+)?(являетесь\s+|являешься\s+)?(\w+\s+)?" + ArNounStrictRu + @"))[^.!?\n]*" + ArDirRu +
            @"|\b(примечание|заметка|пометка|сообщение|инструкция|указание|просьба|обращение|запрос|напоминание)\s+(\w+\s+)?(для|к)\s+(\bии\b|\bai\b|нейросет\w*|\bчат-?бот\w*|\bбот(а|у|ом|ам|ов|ы)?\b|языков\w+\s+модел\w*|\bассистент\w*|\bмодел\w*|\bпомощник\w*|(автоматическ|автоматизированн|виртуальн)\w*\s+\w+|(ии|ai)-\w+|(того|тех),?\s+(кто|что)\s+(составля|готови|пише|дела|подводи)\w*\s+(сводк|резюме|обзор|кратк|выжимк|итог)\w*|(составител|автор)\w*\s+(сводк|резюме|обзор)\w*|систем\w+,?\s+(котор\w+\s+)?(составля|подводя|пересказыва|обобща|резюмиру|суммиру)\w*)[^:\n.!?]*:" +
            @"|((автоматическ|автоматизированн|виртуальн)\w*\s+(ассистент|помощник|агент|обработчик|проверяющ|рецензент|бот)\w*|\b(ии|ai)-\w+)[^.!?\n]*(обязан\w*|разрешено|уполномочен\w*|вправе|имеют\s+право|имеет\s+право)",
            anchors: "чита|прочит|прочт|обрабат|обработ|пересказ|перескаж|резюмир|суммариз|анализ|открыва|просматр|разбира|чтени|если|когда|примечан|заметк|пометк|сообщени|инструкц|указани|просьб|обращени|запрос|напоминан|обязан|разреш|уполномоч|вправе|право"),
        AiReaderRule("pl",
            @"(" + ArNounPl + @"(\s*,\s*|\s+)(((któr\w+|co)\s+)?(\w+\s+)?" + ArReadPl + @"\s+" + ArDemPl + @"|(któr\w+|co)\s+" + ArDemPl + @"\s+(\S+\s+)?" + ArReadPl + @")" +
            @"|\b(jeśli|jeżeli|jesli|jezeli|gdy|kiedy)\s+" + ArDemPl + @"\s+[^.!?\n,]*" + ArReadPl + @"\s+(\w+\s+)?" + ArNounPl +
            @"|\b(jeśli|jeżeli|jesli|jezeli)\s+(jesteś|jestes|jesteście)\s+(\w+\s+)?" + ArNounStrictPl + @")[^.!?\n]*" + ArDirPl +
            @"|\b(uwaga|notatka|wskazówka|informacja|polecenie|instrukcja|prośba|komunikat|wiadomość|przypomnienie)\s+(\w+\s+)?(dla|do)\s+(\bai\b|sztucznej\s+inteligencji|\bchatbot\w*|\bbot(a|ów|om)?\b|\basystent\w*|\bmodel\w*|(automatyczn|zautomatyzowan|wirtualn)\w*\s+\w+|(ai|si)-\w+|osob\w+\s+(przygotowując|pisząc|sporządzając|tworząc|robiąc)\w*\s+(podsumowani|streszczeni)\w*|(tego,?\s+)?kto\s+(przygotowuje|pisze|sporządza|tworzy|robi)\s+(podsumowani|streszczeni)\w*|(autor|twórc)\w*\s+(podsumowani|streszczeni)\w*|system\w*\s+(podsumowując|streszczając)\w*)[^:\n.!?]*:" +
            @"|(automatyczn|zautomatyzowan|wirtualn)\w*\s+(\w+\s+)?(asystent|agent|operator|recenzent|weryfikator|narzędzi|bot)\w*[^.!?\n]*(upoważn|zobowiązan|uprawnion|uprawnien|ma\s+prawo|mają\s+prawo)\w*",
            anchors: "czyta|przetwarza|przetworz|streszcza|podsumowu|analizu|otwiera|obsługu|obsluguj|wczytu|przegląda|odczytu|jeśli|jeżeli|jesli|jezeli|uwaga|notatka|wskazówka|informacja|polecenie|instrukcja|prośba|komunikat|wiadomość|przypomnienie|upoważn|zobowiązan|uprawn|prawo"),
        AiReaderRule("cs",
            @"(" + ArNounCs + @"(\s*,\s*|\s+)(((kter\w+|jenž|jež|co)\s+)?(\w+\s+)?" + ArReadCs + @"\s+" + ArDemCs + @"|(kter\w+|jenž|jež|co)\s+" + ArDemCs + @"\s+(\S+\s+)?" + ArReadCs + @")" +
            @"|\b(pokud|jestliže|jestli|když|kdyby)\s+" + ArDemCs + @"\s+[^.!?\n,]*" + ArReadCs + @"\s+(\S+\s+)?" + ArNounCs +
            @"|\b(pokud|jestliže|jestli|když)\s+(jste|jsi)\s+(\w+\s+)?" + ArNounStrictCs + @")[^.!?\n]*" + ArDirCs +
            @"|\b(musí|má|mají|měl\w*\s+by|prosíme|žádáme)\s+[^.!?\n]*(asistent|model|bot|program|agent|nástroj)\w*(\s*,\s*|\s+)(kter\w+|jenž|jež|co)\s+(" + ArDemCs + @"\s+(\S+\s+)?" + ArReadCs + @"|" + ArReadCs + @"\s+" + ArDemCs + @")" +
            @"|\b(poznámka|pokyn|pokyny|instrukce|upozornění|sdělení|zpráva|žádost|prosba|vzkaz)\s+(\w+\s+)?(pro|k|ke)\s+(\bai\b|umělé\s+inteligence|\bchatbot\w*|\bbot(a|ovi|y|ům)?\b|\basistent\w*|\bmodel\w*|(automatick|automatizovan|virtuáln|kódov)\w*\s+\w+|(ai|ui)-\w+|toho,?\s+kdo\s+(píše|připravuje|sestavuje|dělá|tvoří|zpracovává)\s+(souhrn|shrnutí)\w*|(autor|tvůrc|zpracovatel)\w*\s+(souhrn|shrnutí)\w*|systém\w*,?\s+(kter\w+\s+)?(shrnuje|sumarizuje))[^:\n.!?]*:" +
            @"|\b(poznámka|pokyn|pokyny|instrukce|upozornění|sdělení|zpráva|vzkaz)\s+pro\s+(souhrn\w*|shrnutí)\b[^:\n.!?]*:" +
            @"|(automatick|automatizovan|virtuáln)\w*\s+(\w+\s+)?(asistent|agent|zpracovatel|recenzent|operátor|nástroj|bot|program)\w*[^.!?\n]*(oprávněn|povinn|povinen|zmocněn|mají\s+právo|má\s+právo)\w*",
            anchors: "čte|čtou|přečt|zpracov|zpracuj|shrnuj|shrne|shrnou|analyzuj|otevír|otevře|vyřizuj|vyřídí|načít|načte|prochází|pokud|jestliže|jestli|když|kdyby|poznámk|pokyn|instrukce|upozornění|sdělení|zpráva|žádost|prosba|vzkaz|oprávněn|povinn|povinen|zmocněn|právo"),
        AiReaderRule("uk",
            @"(" + ArNounUk + @"(\s*,\s*|\s+)(((який|яка|яке|які|що|котр\w+)\s+)?(\w+\s+)?" + ArReadUk + @"\s+" + ArDemUk + @"|(який|яка|яке|які|що|котр\w+)\s+" + ArDemUk + @"\s+(\S+\s+)?" + ArReadUk + @")" +
            @"|\b(якщо|коли)\s+(" + ArDemUk + @"\s+[^.!?\n,]*" + ArReadUk + @"\s+(\S+\s+)?" + ArNounUk + @"|(ти|ви)\s+([—-]\s+)?(є\s+)?(\w+\s+)?" + ArNounStrictUk + @"))[^.!?\n]*" + ArDirUk +
            @"|\b(примітка|нотатка|повідомлення|інструкція|вказівка|звернення|прохання|нагадування)\s+(\w+\s+)?(для|до)\s+(" + ArNounStrictUk + @"|\bасистент\w*|\bмодел\w*|того,?\s+хто\s+(складає|готує|пише|робить)\s+(підсум|резюме|огляд|зведен)\w*|(автор|укладач)\w*\s+(підсум|резюме|огляд)\w*|систем\w+,?\s+(що|яка)\s+(підсумовує|узагальнює|складає))[^:\n.!?]*:" +
            @"|(^|[.!?:>#*(\[—–-])\s*для\s+(систем\w+,?\s+(що|яка)\s+(підсумовує|узагальнює|складає\s+підсум\w*)|того,?\s+хто\s+(складає|готує|пише)\s+(підсум|резюме)\w*)[^:\n.!?]*:" +
            @"|(автоматичн|автоматизован|віртуальн)\w*\s+(\w+\s+)?(асистент|помічник|агент|обробник|рецензент|бот)\w*[^.!?\n]*(зобов['’]язан|уповноважен|дозволено|ма(є|ють)\s+право)\w*",
            anchors: "чита|прочита|обробл|оброби|опрацьов|опрацю|підсум|переказ|аналіз|відкрива|резюм|перегляда|якщо|коли|примітка|нотатка|повідомлення|інструкція|вказівка|звернення|прохання|нагадування|зобов|уповноваж|дозволено|право"),
        AiReaderRule("sv",
            ArNounSv + @"(\s*,\s*|\s+)(som\s+)?" + ArReadSv + @"\s+" + ArDemSv + @"[^.!?\n]*" + ArDirSv +
            @"|\bom\s+(du|ni) är\s+(en\s+)?(\w+\s+)?" + ArNounStrictSv + @"[^.!?\n]*" + ArDirSv +
            @"|\b(anteckning|notering|meddelande|anvisning\w*|uppmaning|begäran|påminnelse|observera)\s+(\w+\s+)?(till|för)\s+(" + ArNounStrictSv + @"|den\s+som\s+(sammanfattar|skriver\s+sammanfattning\w*|gör\s+sammanfattning\w*|sammanställer\s+sammanfattning\w*)|sammanfattar\w*)[^:\n.!?]*:" +
            @"|(automatisk|automatiserad|virtuell)\w*\s+(\w+\s+)?(assistent|agent|handläggare|granskare|verktyg|bot)\w*[^.!?\n]*(har\s+behörighet|är\s+behörig\w*|är\s+skyldig\w*|är\s+auktoriserad\w*)",
            anchors: "läser|hanterar|behandlar|bearbetar|sammanfatta|analyserar|öppnar|tolkar|granskar|igenom|du är|ni är|anteckning|notering|meddelande|anvisning|uppmaning|begäran|påminnelse|observera|behörig|skyldig|auktoriserad"),
        AiReaderRule("tr",
            @"\bbu\s+[^.!?\n]*" + ArReadTr + @"\s+(\S+\s+){0,2}" + ArNounTr + @"[^.!?\n]*" + ArDirTr +
            @"|" + ArReadTr + @"\s+(\S+\s+){0,2}(" + ArNounTr + @"|sistem\w*)\s*(not(u)?|mesaj\w*|talimat\w*|uyar[ıi]\w*)?\s*[:：]" +
            @"|\b[öo]zet\w*\s+(haz[ıi]rlayan|yazan|[çc][ıi]karan|olu[şs]turan)\s+(ki[şs]i|kimse|sistem|asistan|model)\w*\s*(not(u)?|mesaj\w*|talimat\w*)?\s*[:：]" +
            @"|\bbu\s+[^.!?\n]*\s(bir\s+)?(\S+\s+)?" + ArNounTr + @"\s+(okuyorsa|[iİı]şliyorsa|isliyorsa|[öo]zetliyorsa|inceliyorsa|a[çc][ıi]yorsa)\b[^.!?\n]*" + ArDirTr +
            @"|" + ArNounTr + @"\s+olarak\s+(okuyorsan|[iİı]şliyorsan|isliyorsan|[öo]zetliyorsan|inceliyorsan)\w*[^.!?\n]*" + ArDirTr +
            @"|(otomatik|otomatize|sanal)\s+(\w+\s+)?(asistan|ajan|inceleyici|denet[çc]i|i[şs]lemci|bot|ara[çc])\w*[^.!?\n]*(yetkili|yükümlü|yukumlu|yetkilendiril)\w*",
            anchors: "okuyan|şleyen|sleyen|özetleyen|ozetleyen|inceleyen|analiz|yöneten|yoneten|değerlendiren|degerlendiren|tarayan|yanıtlayan|yanitlayan|cevaplayan|okuyorsa|şliyorsa|sliyorsa|özetliyorsa|ozetliyorsa|inceliyorsa|açıyorsa|aciyorsa|acıyorsa|açiyorsa|okuyorsan|özetliyorsan|ozetliyorsan|inceliyorsan|yetkili|yükümlü|yukumlu|yetkilendiril|hazırlayan|hazirlayan|yazan|çıkaran|cikaran|çikaran|oluşturan|olusturan"),

        SensitiveToAddressRule("ru",
            @"(" + ArXferRu + @"\s+(\S+\s+){0,2}" + ArSensRu +
            @"|" + ArSensRu + @"[^.!?\n;|]*(в\s+(сессии|сеансе|этом\s+(чате|диалоге|разговоре))|из\s+(сессии|сеанса|этого\s+(чата|диалога|разговора)))[^.!?\n;|]*(передаются|отправляются|пересылаются|загружаются|направляются))[^.!?\n;|]*" + ArbDest +
            @"|" + ArbDest + @"\S*\s+(с\s+)?(добавленн|подставленн|дописанн|приписанн)\w*\s+(\S+\s+)?" + ArSensRu,
            anchors: "отправ|перешл|пересл|вышл|высл|пришл|присл|переда|загруз|выгруз|встав|добав|прилож|скопир|опублик|пересыла|направля|подставлен|дописан|приписан"),
        SensitiveToAddressRule("pl",
            ArXferPl + @"\s+(\S+\s+){0,2}" + ArSensPl + @"[^.!?\n;|]*" + ArbDest +
            @"|" + ArSensPl + @"[^.!?\n;|]*(w\s+sesji|z\s+sesji|w\s+tej\s+rozmowie|z\s+tej\s+rozmowy)[^.!?\n;|]*(przekazywan|wysyłan|przesyłan|przekazan|wysłan|przesłan)\w*[^.!?\n;|]*" + ArbDest +
            @"|" + ArbDest + @"\S*\s+(z\s+)?(dopisan|dołączon|dodan)\w*\s+(\S+\s+)?" + ArSensPl,
            anchors: "wyślij|wyslij|prześl|przesl|przekaż|przekaz|wklej|wstaw|dołącz|dolacz|załaduj|zaladuj|wgraj|udostępn|udostepn|skopiuj|opublikuj|dodaj|wysłać|wysłan|przesłan|przesłać|przesyłan|wysyłan|wkleić|wklejeni|załadow|dopisan|dodan"),
        SensitiveToAddressRule("cs",
            ArXferCs + @"\s+(\S+\s+){0,2}" + ArSensCs + @"[^.!?\n;|]*" + ArbDest +
            @"|" + ArSensCs + @"\s+(\S+\s+){0,3}" + ArXferCs + @"[^.!?\n;|]*" + ArbDest +
            @"|" + ArSensCs + @"[^.!?\n;|]*(v\s+relaci|z\s+relace|v\s+této\s+konverzaci|z\s+této\s+konverzace)[^.!?\n;|]*(odesíl|předáv|zasíl|odesl|předán|zaslán)\w*[^.!?\n;|]*" + ArbDest +
            @"|" + ArbDest + @"\S*\s+(\S+\s+)?(doplněn|připojen|přidan)\w*\s+(o\s+)?(\S+\s+)?" + ArSensCs,
            anchors: "pošl|přepošl|odešl|vlož|přidej|nahraj|zkopíruj|předej|připoj|poslat|přeposlat|odeslat|vložit|přidat|nahrát|předat|odesíl|předáv|zasíl|odesl|předán|zaslán|doplněn|přidan"),
        SensitiveToAddressRule("uk",
            @"(" + ArXferUk + @"\s+(\S+\s+){0,2}" + ArSensUk +
            @"|" + ArSensUk + @"[^.!?\n;|]*(в\s+(сеансі|сесії|цьому\s+(чаті|діалозі))|у\s+(сеансі|сесії|цьому\s+(чаті|діалозі))|із?\s+(сеансу|сесії))[^.!?\n;|]*(надсилаються|передаються|пересилаються|завантажуються))[^.!?\n;|]*" + ArbDest +
            @"|" + ArbDest + @"\S*[^.!?\n;|]*(дописавши|додавши|додан\w*|дописан\w*)\s+(\S+\s+){0,3}" + ArSensUk,
            anchors: "надішл|надісл|перешл|пересл|переда|відправ|завантаж|встав|дода|скопію|надсила|пересила|дописав|дописан"),
        SensitiveToAddressRule("sv",
            ArXferSv + @"[^.!?\n;|]*" + ArbDest +
            @"|" + ArSensSv + @"[^.!?\n;|]*(i\s+sessionen|från\s+sessionen|i\s+(den\s+här|denna)\s+konversation\w*)[^.!?\n;|]*(skickas|vidarebefordras|överförs|laddas\s+upp)[^.!?\n;|]*" + ArbDest,
            anchors: "skicka|vidarebefordra|ladda upp|laddas upp|lägg till|klistra|infoga|överför|bifoga"),
        SensitiveToAddressRule("tr",
            ArSensTr + @"\s+((hemen|derhal|sessizce|gizlice|tamam[ıi]|tamam[ıi]n[ıi]|hepsi|hepsini)\s+)?" + ArDestTr + @"(\s+\S+){0,2}\s+" + ArXferTr,
            anchors: "gönder|gonder|iletm|iletin|iletil|iletı|iletsin|iletsın|iletyin|yükle|yukle|aktar|paylaş|paylas|kopyala|yolla|postala|ekle"),
    ];
}

namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // A forged notice as a header at the start of a line: "[...]", "<<...>>", "«...»", "【...】", "(...)", "{{...}}",
    // "### ... ###", "*** ... ***", "=== ... ===" around the notice words (other words may stand beside them inside).
    private const string SnOpen = @"^[ \t]*(\[|<<|«|【|\(|\{\{?|#{2,}|\*{2,}|={2,}|-{2,})";
    private const string SnInside = @"[^\n\]>»】)}#*=]*";
    private const string SnClose = @"(\]|>>|»|】|\)|\}\}?|#{2,}|\*{2,}|={2,}|-{2,})";
    // what follows a bracketed header up to the attack signal: the rest of its sentence and the next sentence on the line
    private const string SnAfterHeader = @"[^.!?。！？।؟\n]*([.!?。！？।؟]+[ \t]*[^.!?。！？।؟\n]*)?";
    // what follows "... notice:" up to the attack signal: the rest of its sentence
    private const string SnAfterColon = @"[^.!?。！？।؟\n]*";

    // between the AI noun and the grant of authority: one sentence
    private const string SnGap = @"[^.!?。！？।؟\n]*";

    // A bracketed header or a colon after the notice words, then the attack signal in the same sentence (after a
    // bracketed header: or in the next one): an AI noun with a grant of authority in the same sentence (the AI may, is
    // allowed to, from now on; without restrictions or checks; its safety rules, restrictions or filters), or an order to
    // ignore. An AI noun alone is not enough: "System notice: the AI assistant is unavailable tonight" is for people.
    private static string SnPattern(string head, string ai, string grant, string order) =>
        "(" + SnOpen + SnInside + "(" + head + ")" + SnInside + SnClose + SnAfterHeader +
        "|(" + head + @")\s*[:：]" + SnAfterColon + ")" +
        "((" + ai + ")" + SnGap + "(" + grant + ")|(" + grant + ")" + SnGap + "(" + ai + ")|(" + order + "))";

    /// <summary>
    /// The English <c>role.system_override_phrase</c> ("System message:", "Admin notice:") in the eighteen languages of
    /// <see cref="MultilingualAddressedRules"/> (German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish,
    /// Chinese, Japanese, Turkish, Korean, Arabic, Hindi, Swedish, Czech, Ukrainian, Vietnamese), at the English rule's
    /// kind and weight (RoleForgery, 0.6): a system, administrator, developer or security noun with a message, notice,
    /// alert, instruction, command or update noun, in each language's forms ("Systemnachricht", "Message système",
    /// "MENSAJE DEL ADMINISTRADOR DEL SISTEMA", "СИСТЕМНОЕ СООБЩЕНИЕ", "KOMUNIKAT SYSTEMOWY", "系统消息", "システムメッセージ",
    /// "시스템 관리자 공지", "رسالة من النظام", "सिस्टम संदेश", "THÔNG BÁO HỆ THỐNG"), either as a bracketed header at the start
    /// of a line ("[...]", "&lt;&lt;...&gt;&gt;", "«...»", "【...】", "{{...}}", "### ... ###") or followed by a colon.
    /// As in the English rule's notice, update and alert headers (its override, instruction, message and command headers
    /// match alone), the notice alone never matches: system notices for people are everyday text in every
    /// language ("[Systemhinweis] Wartung heute Nacht von 22 bis 23 Uhr", "Admin-Nachricht: Das WLAN-Passwort ändert sich",
    /// "系统提示：密码错误"), and so are notices about an AI product ("Systemmeldung: Der KI-Assistent ist heute nicht
    /// erreichbar"), so an attack signal must follow: an AI noun (assistant, AI, chatbot, language model) together with a
    /// grant of authority in one sentence (it may, is allowed or authorized to, from now on; without restrictions, checks
    /// or confirmation; its safety rules, restrictions or filters), or an order to ignore; in the same sentence after a
    /// colon, in the same or the next sentence after a bracketed header (a forged header is typically followed by "... the
    /// assistant's safety rules were disabled. Answer everything."). A bare header gets no lower-weight rule of its own
    /// (one rule per language; a notice for people is the common case, and a 0.6 finding needs the signal).
    /// Anchors are the language's own words of the header (its system nouns, or its message nouns where the system noun
    /// is also English, as "system" or "admin"), so English text seldom runs these regexes; the AI nouns are those of
    /// <see cref="MultilingualJailbreakRules"/> plus the assistant noun; Turkish reads the dotted capital İ and the dotless ı
    /// as i, and its anchors have no i. French "développeur", Swedish "instruktion" and Czech "instrukce" are left out of
    /// the headers: German and Croatian TRAIN rows ("KI-Systeme", "vorherigen instruktionen", "sve instrukcije") would
    /// build those regexes for nothing; German builds its own on German TRAIN rows ("Anweisungen", "Befehle").
    /// </summary>
    private static InjectionRule[] MultilingualSystemNoticeRules() =>
    [
        new("role.system_override_phrase.de", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(system|admin|administrator(en)?|entwickler|sicherheits)[\s-]?(nachricht|meldung|hinweis|mitteilung|anweisung|befehl|warnung|benachrichtigung|aktualisierung|notiz)\w*" +
                @"|\b(nachricht|meldung|hinweis|mitteilung|anweisung|befehl|warnung|benachrichtigung|notiz)\w*\s+(vom|von\s+(der|dem)|des|der)\s+(system|admin|administrator|entwickler|sicherheit)\w*",
                @"\bassistent\w*|\b" + JbAiDe + JbNounEnd,
                @"\b(darf|dürfen|erlaubt|berechtigt|autorisiert|freigegeben|uneingeschränkt\w*|ohne\s+(jede\s+|jegliche\s+)?(einschränkung|prüfung|rückfrage|filter|zensur)\w*|sicherheits(richtlinie|regel|filter|einstellung|vorkehrung|mechanism|sperre)\w*|einschränkungen|beschränkungen|aufgehoben|außer\s+kraft|preisgeben|offenlegen|ab\s+sofort|ab\s+jetzt)\b",
                @"\bignorier\w*|\bmissachte\w*"),
            anchors: "nachricht|meldung|hinweis|mitteilung|anweisung|befehl|warnung|aktualisierung|notiz"),
        new("role.system_override_phrase.fr", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(message|avis|notification|alerte|consigne|instruction|commande|annonce|note|mise\s+à\s+jour|communiqué)s?\s+(du\s+|de\s+l['’]\s*|de\s+la\s+|de\s+|d['’]\s*un\s+)?(système|administrateur|sécurité|securite)\b",
                @"\bassistante?\b|\b" + JbAiFr + JbNounEnd,
                @"\b(autorisée?s?|permis|peut\s+désormais|désormais|dorénavant|sans\s+(aucune\s+)?(restriction|limite|filtre|vérification|contrôle)s?|restrictions?|filtres?\s+de\s+sécurité|règles\s+de\s+sécurité|divulguer|révéler)\b",
                @"\bignore[rz]?\b"),
            anchors: "système|administrateur|sécurité|securite"),
        new("role.system_override_phrase.es", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(mensaje|aviso|notificación|notificacion|alerta|instrucción|instruccion|instrucciones|comando|orden|actualización|actualizacion|nota|comunicado)(s|es)?\s+(del?\s+|de\s+la\s+)?(sistema|administrador|administración|administracion|desarrollador|seguridad)\b",
                @"\basistente\b|\b" + JbAiEs + JbNounEnd,
                @"\b(autorizad[oa]s?|permiso|permitido|puede\s+ahora|ahora\s+puede|a\s+partir\s+de\s+ahora|acceso\s+total|sin\s+(ningún\s+tipo\s+de\s+|ninguna\s+)?(restricci|límite|filtro|verificaci|control)\w*|restricciones|filtros\s+de\s+seguridad|revelar|divulgar)",
                @"\bignor[ae]\w*"),
            anchors: "sistema|administrador|administración|administracion|desarrollador|seguridad"),
        new("role.system_override_phrase.it", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(messaggio|messaggi|avviso|avvisi|notifica|allerta|istruzion[ei]|comando|aggiornamento|nota|comunicazione)\s+(di\s+|del\s+|dell['’]\s*|dal\s+|dall['’]\s*)?(sistema|amministratore|amministrazione|sviluppatore|sicurezza)\b",
                @"\bassistente\b|\b" + JbAiIt + JbNounEnd,
                @"\b(autorizzat[oaie]|permesso|può\s+ora|da\s+ora|d['’]ora\s+in\s+poi|senza\s+(alcun[ao]?\s+)?(restrizion|limit|filtr|controll|verific)\w*|restrizioni|filtri\s+di\s+sicurezza|regole\s+di\s+sicurezza|rivelare|divulgare)",
                @"\bignora\w*"),
            anchors: "sistema|amministrat|sviluppatore|sicurezza"),
        new("role.system_override_phrase.pt", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(mensagem|mensagens|aviso|avisos|notificação|notificacao|alerta|instrução|instrucao|instruções|instrucoes|comando|atualização|atualizacao|nota|comunicado)[\s_]+(d[oa][\s_]+|de[\s_]+)?(sistema|administrador|administração|administracao|desenvolvedor|segurança|seguranca)\b",
                @"\bassistente\b|\b" + JbAiPt + JbNounEnd,
                @"\b(autorizad[oa]s?|permissão|permitido|pode\s+agora|a\s+partir\s+de\s+agora|deve\s+cumprir|sem\s+(nenhum[a]?\s+)?(restriç|restric|limite|filtro|verificaç|questionar|controle)\w*|restrições|restricoes|filtros\s+de\s+segurança|revelar|divulgar)",
                @"\bignor[ae]\w*|\bdesconsider\w*"),
            anchors: "sistema|administrador|administração|administracao|desenvolvedor|segurança|seguranca"),
        new("role.system_override_phrase.nl", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(systeem|beheerders?|ontwikkelaars?|beveiligings)[\s-]?(bericht|melding|mededeling|instructie|opdracht|waarschuwing|update|notitie)\w*" +
                @"|\b(bericht|melding|mededeling|instructie|opdracht|waarschuwing)\w*\s+(van\s+(de\s+|het\s+)?)?(systeem|beheerder|ontwikkelaar|beveiliging)\w*",
                @"\bassistent\w*|\b" + JbAiNl + JbNounEnd,
                @"\b(mag|mogen|toegestaan|bevoegd|vanaf\s+nu|zonder\s+(enige\s+)?(beperking|controle|filter|verificatie)\w*|beperkingen|veiligheidsinstelling\w*|veiligheidsregel\w*|veiligheidsfilter\w*|onvoorwaardelijk|uitgezet)\b",
                @"\bnegeer\w*"),
            anchors: "systeem|beheerder|ontwikkelaar|beveiliging"),
        new("role.system_override_phrase.ru", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(системн\w+|административн\w+)\s+(сообщени\w+|уведомлени\w+|оповещени\w+|инструкци\w+|команд\w+|обновлени\w+|предупреждени\w+)" +
                @"|\b(сообщени\w+|уведомлени\w+|оповещени\w+|инструкци\w+|предупреждени\w+)\s+(от\s+)?(систем\w+|администратор\w+|разработчик\w+|службы\s+безопасности)",
                @"\bассистент\w*|\bпомощник\w*|" + JbAiRu,
                @"(\bразрешено|\bразрешается|\bможет\s+теперь|\bтеперь\s+может|\bотныне|\bбез\s+(каких-либо\s+|любых\s+)?(ограничени|проверк|фильтр|предупрежден|цензур)\w*|\bограничени\w+|\bрежим\w*\s+безопасности|\bфильтр\w*|\bраскрыва\w*|\bраскрыть)",
                @"\bигнорир\w+"),
            anchors: "систем|административн|администратор|разработчик|безопасност"),
        new("role.system_override_phrase.pl", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(komunikat\w*|wiadomoś\w+|wiadomosc\w*|powiadomieni\w+|poleceni\w+|instrukcj\w+|ostrzeżeni\w+|ostrzezeni\w+|aktualizacj\w+)\s+(od\s+)?(systemow\w+|systemu|administrator\w*|administracyjn\w+|dewelopera|programisty|bezpieczeństwa|bezpieczenstwa)" +
                @"|\b(systemow\w+|administracyjn\w+)\s+(komunikat\w*|wiadomoś\w+|wiadomosc\w*|powiadomieni\w+|poleceni\w+|instrukcj\w+)",
                @"\basystent\w*|" + JbAiPl,
                @"(\bmoże\s+teraz|\bteraz\s+może|\bwolno|\buprawnion\w+|\bdozwolon\w+|\bod\s+teraz|\bpełny\s+dostęp|\bbez\s+(żadnych\s+)?(ogranicze|weryfikacj|filtr|kontrol)\w*|\bograniczeni\w+|\bzabezpieczeni\w+|\bfiltr\w*|\bujawni\w*)",
                @"\bignoruj\w*"),
            anchors: "komunikat|wiadomoś|wiadomosc|powiadomieni|poleceni|instrukcj|ostrzeżeni|ostrzezeni|aktualizacj"),
        new("role.system_override_phrase.zh", FindingKind.RoleForgery, 0.6,
            SnPattern(@"(系统|系統|管理员|管理員|开发者|開發者|开发人员|開發人員|安全)\s*[·・]?\s*(管理员|管理員)?\s*(消息|讯息|訊息|通知|公告|指令|命令|更新|警报|警報|警告|提示|信息)",
                @"助手|人工智能|人工智慧|语言模型|語言模型|大模型|模型|(?-i:AI)|机器人|機器人|智能体|智能體",
                @"(允许|允許|获准|獲准|无限制|無限制|不受限制|安全限制|限制已|解除|无需验证|無需驗證|无条件|無條件|泄露|洩露|透露)",
                @"忽略|无视|無視"),
            anchors: "系统|系統|管理员|管理員|开发者|開發者|开发人员|開發人員|安全"),
        new("role.system_override_phrase.ja", FindingKind.RoleForgery, 0.6,
            SnPattern(@"(システム|管理者|開発者|セキュリティ)\s*(から(の)?)?\s*(メッセージ|通知|お知らせ|指示|命令|コマンド|アップデート|更新|警告|アラート)|管理者権限",
                @"アシスタント|(?-i:AI)|人工知能|言語モデル|モデル|チャットボット|ボット",
                @"(してよい|して良い|てもよい|許可|権限|制限を解除|制限なし|制限なく|無制限|解除|本人確認なし|確認なしで|開示)",
                @"無視"),
            anchors: "システム|管理者|開発者|セキュリティ"),
        new("role.system_override_phrase.tr", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(s[iİı]stem|y[öo]net[iİı]c[iİı]|adm[iİı]n|gel[iİı][şs]t[iİı]r[iİı]c[iİı]|g[üu]venl[iİı]k)\s+(mesaj\w*|duyuru\w*|uyar[ıiİ]\w*|komut\w*|g[üu]ncelleme\w*)",
                @"\basistan\w*|" + JbAiTr + @"|\bmodel\w*",
                @"(\byetki\w*|\bizin\w*|\bserbest\w*|\bk[ıi]s[ıi]tlama\w*|\bg[üu]venlik\s+kontrol\w*|\bdevre\s+d[ıi][şs][ıi]|\bs[ıi]n[ıi]rs[ıi]z)",
                @"\byok\s+say\w*|\bg[öo]rmezden"),
            anchors: "mesaj|duyuru|uyar|komut|ncelleme"),
        new("role.system_override_phrase.ko", FindingKind.RoleForgery, 0.6,
            SnPattern(@"(시스템|관리자|개발자|보안)\s*(관리자\s*)?(메시지|메세지|공지|알림|안내|지시|명령|업데이트|경고|통지)",
                @"어시스턴트|(?-i:AI)|인공\s*지능|언어\s*모델|모델|챗\s*봇",
                @"(권한|허용|허가|제한\s*없이|제한을?\s*해제|무제한|본인\s*확인\s*(절차\s*)?없이|공개할|공개해|보안\s*(정책|필터|제한))",
                @"무시"),
            anchors: "시스템|관리자|개발자|보안"),
        new("role.system_override_phrase.ar", FindingKind.RoleForgery, 0.6,
            SnPattern(@"(رسال[ةه]|إشعار|اشعار|تنبيه|تعليمات|تحديث|إعلان|اعلان)\s+(من\s+)?(ال)?(نظام|مسؤول|مشرف|مطور|مطوّر|أمان|امان|إدار\w*|ادار\w*)",
                @"مساعد|" + JbAiAr + @"|النموذج",
                @"(يُسمح|يسمح|يحق|مسموح|مصرح|صلاحي\w*|دون\s+(ال)?(تحقق|قيود|تقييد|رقابة)|بلا\s+قيود|القيود|قيود)",
                @"تجاهل"),
            anchors: "نظام|مسؤول|مشرف|مطور|مطوّر|أمان|امان|إدار|ادار"),
        new("role.system_override_phrase.hi", FindingKind.RoleForgery, 0.6,
            SnPattern(@"(सिस्टम|व्यवस्थापक|एडमिन|डेवलपर|सुरक्षा|प्रशासक)\s*(का\s+|की\s+|से\s+)?(संदेश|सूचना|अलर्ट|निर्देश|आदेश|कमांड|अपडेट|चेतावनी|मैसेज)",
                @"असिस्टेंट|सहायक|" + JbAiHi + @"|मॉडल",
                @"(अनुमति|इजाजत|अधिकार|बिना\s+(किसी\s+)?(सत्यापन|रोक|प्रतिबंध|पाबंदी|जाँच|जांच)|प्रतिबंध|पाबंदी|साझा\s+कर\s+सकता)",
                @"अनदेखा"),
            anchors: "सिस्टम|व्यवस्थापक|एडमिन|डेवलपर|सुरक्षा|प्रशासक"),
        new("role.system_override_phrase.sv", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(system|admin|administratörs?|utvecklar|säkerhets)[\s-]?(meddelande|notis|avisering|kommando|uppdatering|varning|besked)\w*" +
                @"|\b(meddelande|varning|besked)\w*\s+(från\s+)?(systemet|administratör\w*|utvecklar\w*)",
                @"\bassistent\w*|\b" + JbAiSv + JbNounEnd,
                @"\b(får\s+nu|nu\s+får|tillåt\w*|behörig\w*|från\s+och\s+med\s+nu|utan\s+(några\s+)?(begränsning|identitetskontroll|kontroll|filter|verifiering)\w*|begränsningar|säkerhetsspärr\w*|säkerhetsfilter\w*|lämna\s+ut)\b",
                @"\bignorera\w*"),
            anchors: "meddelande|notis|avisering|kommando|uppdatering|varning|besked"),
        new("role.system_override_phrase.cs", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(systémov\w+|systemov\w+|administrátorsk\w+|bezpečnostní)\s+(zpráv\w+|oznámení|upozornění|hlášení|pokyn\w*|příkaz\w*|aktualizac\w+)" +
                @"|\b(zpráv\w+|oznámení|upozornění|hlášení|pokyn\w*|příkaz\w*)\s+(od\s+)?(správc\w+|administrátor\w*|systému|vývojář\w*)",
                @"\basistent\w*|\b" + JbAiCs + JbNounEnd,
                @"(\bsmí\b|\bmůže\s+nyní|\bnyní\s+může|\bpovolen\w*|\boprávněn\w*|\bod\s+této\s+chvíle|\bodteď|\bbez\s+(jakýchkoli\s+)?(omezení|potvrzení|ověření|kontrol|filtr)\w*|\bomezení|\bbezpečnostní\s+(omezení|pravidla|filtry))",
                @"\bignoruj\w*"),
            anchors: "zpráv|oznámení|upozornění|hlášení|pokyn|příkaz|aktualizac"),
        new("role.system_override_phrase.uk", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(системн\w+|адміністративн\w+)\s+(повідомлен\w+|сповіщен\w+|інструкці\w+|команд\w+|оновлен\w+|попереджен\w+)" +
                @"|\b(повідомлен\w+|сповіщен\w+|інструкці\w+|попереджен\w+)\s+(від\s+)?(систем\w+|адміністратор\w+|розробник\w+)",
                @"\bасистент\w*|\bпомічник\w*|" + JbAiUk,
                @"(\bдозволено|\bможе\s+тепер|\bтепер\s+може|\bможе\s+розкривати|\bвідтепер|\bбез\s+(жодних\s+)?(обмежен|перевірк|фільтр|цензур)\w*|\bобмежен\w+|\bполітик\w*\s+безпеки|\bфільтр\w*|\bрозкривати|\bрозкрити)",
                @"\bігнор\w+"),
            anchors: "повідомлен|сповіщен|інструкці|команд|оновлен|попереджен"),
        new("role.system_override_phrase.vi", FindingKind.RoleForgery, 0.6,
            SnPattern(@"\b(thông\s+báo|tin\s+nhắn|thông\s+điệp|cảnh\s+báo|chỉ\s+thị|lệnh|cập\s+nhật)\s+(từ\s+)?(hệ\s+thống|quản\s+trị(\s+viên)?|nhà\s+phát\s+triển|bảo\s+mật)",
                @"trợ\s+lý|" + JbAiVi + @"|mô\s+hình",
                @"(được\s+phép|cho\s+phép|có\s+quyền|từ\s+giờ|từ\s+nay|không\s+(cần\s+)?(xác\s+minh|giới\s+hạn|hạn\s+chế|kiểm\s+tra)|giới\s+hạn|hạn\s+chế|chính\s+sách\s+an\s+toàn)",
                @"bỏ\s+qua"),
            anchors: "thống|quản|triển|bảo"),
    ];
}

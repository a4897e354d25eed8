#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>
#include <set>
#include <string_view>

namespace readcast {
namespace {

// Interface phrases. They are matched only on short lines (see isBoilerplate), so an article
// paragraph that happens to mention a newsletter is kept.
constexpr std::string_view kInterfacePhrases[] = {
    "please log in",       "please sign in",           "log in to comment",        "sign in to comment",
    "to write comments",   "to leave a comment",       "to post a comment",        "comments are closed",
    "reacties zijn gesloten", "les commentaires sont ferm", "los comentarios est\xC3\xA1n cerrados", "kommentare sind geschlossen",
    "i commenti sono chiusi", "coment\xC3\xA1rios encerrados", "coment\xC3\xA1rios est\xC3\xA3o fechados",
    "comment policy",      "standards board policy",   "subscribe to our",         "sign up for our",
    "sign up to our",      "read by ai",               "listen to this article",   "audio report:",
    "share this article",  "we use cookies",           "cookie settings",          "follow us on",
    "skip to content",     "skip to main",             "story continues below",    "article continues below",
    // an email's and a chat's own notices: an outside sender's warning, a list's scrubbed attachment, a
    // messenger's encryption notice
    "this email originated from outside", "this email originated outside", "this message originated from outside",
    "do not click links or open attachments", "next part --", "attachment was scrubbed", "end-to-end encrypted",
    // an email's confidentiality notice, and a live page's note that it is still being written
    "this email and any attachments", "this e-mail and any attachments", "if you have received this email in error",
    "if you have received it in error", "if you have received this message in error", "may monitor email traffic",
    "intended solely for the addressee", "intended only for the addressee", "this story is being updated", "this article is being updated",
    "refresh the page for the latest", "refresh this page for the latest", "this is a developing story",
    // a recipe page's prompts: "Did you make this recipe? Tag @… on Instagram!", "Rate this recipe"
    "did you make this recipe", "did you try this recipe", "made this recipe?", "rate this recipe", "print recipe", "jump to recipe",
    "pin this recipe", "save this recipe",
    // a newsletter box's small print
    "newsletters may contain info", "we use google recaptcha", "google privacy policy and terms of service apply",
    "criptografia de ponta a ponta", "cifrados de extremo a extremo", "chiffr\xC3\xA9s de bout en bout",
    "ende-zu-ende-verschl\xC3\xBCsselt", "crittografia end-to-end",
    // the same note over an advertisement, and a prompt to report a mistake, in other languages
    "continua ap\xC3\xB3s a publicidade", "contin\xC3\xBA" "a despu\xC3\xA9s de la publicidad", "la suite apr\xC3\xA8s cette publicit\xC3\xA9",
    "l'articolo continua dopo la pubblicit\xC3\xA0", "weiter nach der werbung", "artikel gaat verder onder de advertentie",
    // the same note in the Nordic languages, Polish, Czech and Russian
    "artiklen forts\xC3\xA6tter under annoncen", "artiklen forts\xC3\xA6tter efter annoncen", "artikkelen fortsetter under annonsen",
    "artikeln forts\xC3\xA4tter under annonsen", "artykul kontynuowany pod reklama", "artyku\xC5\x82 kontynuowany pod reklam\xC4\x85",
    "dalsza cz\xC4\x99\xC5\x9B\xC4\x87 artyku\xC5\x82u pod reklam\xC4\x85", "\xC4\x8Dl\xC3\xA1nek pokra\xC4\x8Duje pod reklamou",
    "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5 \xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD1\x8B",
    "\xD0\xBD\xD0\xB0\xD1\x88\xD0\xBB\xD0\xB8 \xD0\xBE\xD1\x88\xD0\xB8\xD0\xB1\xD0\xBA\xD1\x83",  // нашли ошибку
    "ctrl+enter",
    "scroll to continue",  "continue reading below", "please gamble responsibly",
    "download our app",    "open in app",              "subscribe to continue",    "to continue reading",
    "already a subscriber", "gift this article",       "share full article",       "save article", "share this story",
    "listen to this story", "enable javascript", "turn on javascript", "requires javascript", "javascript is disabled",
    "show key events only", "jump to:", "we value your privacy", "your privacy choices", "manage preferences",
    "manage cookies", "accept all", "reject all", "sponsored by", "forwarded message", "thanks for reading", "write a comment",
    "lesezeit", "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "min read", "view this email", "view in browser", "view in your browser", "view this post on the web",
    "view this post in your browser", "read this post on the web",
    // a newsletter's "view it in your browser" in the languages readcast reads most
    "ne s'affiche pas correctement", "version web de ce", "im browser ansehen", "im browser \xC3\xB6" "ffnen", "in ihrem browser",
    "ver en el navegador", "ver en tu navegador", "no se visualiza correctamente", "visualizza nel browser", "non visualizzi correttamente",
    "visualizar no navegador", "bekijk in je browser", "bekijk deze e-mail", "bekijk de online versie",
    "please do not reply to this e-mail", "please do not reply to this email", "do not reply to this message",
    "press release subscription service",
    // a player's button over the story: "Artikel zum Hören"
    "artikel zum h\xC3\xB6ren", "artikel anh\xC3\xB6ren", "\xC3\xA9" "couter cet article", "ascolta l'articolo",
    "escuchar este art\xC3\xAD" "culo", "ouvir este artigo", "luister naar dit artikel",
    "you are receiving this", "you're receiving this", "update your preferences", "unsubscribe", "reply to this email",
    // a mailing's footer in other languages: unsubscribe, manage preferences, "forwarded to you?"
    // (Only the reader's own: "Más de 5.000 autónomos tuvieron que darse de baja" is news.)
    "darte de baja", "date de baja", "cancelar suscripci\xC3\xB3n", "gestionar preferencias", "te lo reenviaron",
    "te reenviaron", "se d\xC3\xA9sabonner", "g\xC3\xA9rer vos pr\xC3\xA9" "f\xC3\xA9rences",
    "abmelden vom newsletter", "newsletter abbestellen", "vom newsletter abmelden", "disiscriviti", "annulla l'iscrizione",
    "cancelar inscri\xC3\xA7\xC3\xA3o", "afmelden voor deze nieuwsbrief", "d\xC3\xA9sinscription en un clic",
    // a newsletter's and a fundraiser's call in the Nordic languages, Dutch and Polish ("Tilmeld dig gratis her",
    // "Steun ons met een kleine bijdrage", "Zapisz się do newslettera")
    // (Only the whole call: "Tilmeld dig vaccination", "i din inkorg" are a story's words.)
    "tilmeld dig gratis", "tilmeld dig nyhedsbrevet", "f\xC3\xA5 nyhedsbrevet", "meld deg p\xC3\xA5 nyhetsbrevet", "prenumerera p\xC3\xA5 nyhetsbrevet",
    "steun ons met", "schrijf je in voor onze nieuwsbrief", "zapisz si\xC4\x99 do newslettera",
    // a comment box's way in, "Yorum yazmak için giriş yapın" (Turkish: log in to write a comment; "yorum yapmak için erken" is
    // a source's "too early to comment")
    "yorum yazmak i\xC3\xA7in giri\xC5\x9F",
    "forward this email", "forwarded this email", "by signing up", "you agree to our", "free articles this month",
    "free article this month", "unlimited access", "articles left this month", "enter your email", "your email address", "ir al contenido",
    "aller au contenu", "zum inhalt springen", "vai al contenuto", "ir para o conte\xC3\xBA" "do",
    "introduce tu correo", "tu correo electr\xC3\xB3nico", "votre adresse e-mail", "votre adresse mail",
    "ihre e-mail-adresse", "il tuo indirizzo email", "seu e-mail", "join the discussion", "to join the discussion", "printer friendly version", "printer-friendly version", "e-mail this story",
    "email this story", "e-mail this article", "email this article",
    // the reader's own subscription, in a paywall's dialog
    "your subscription", "tu suscripción", "su suscripción", "votre abonnement", "ihr abo", "la tua iscrizione",
    "sua assinatura", "licenciar este contenido", "license this content", "licensing this content",
    // a subscriber's article given to a reader who has none
    "member-only story", "members-only story", "this is a premium article", "requires a subscription to read", "subscriber-only article",
    "this article is for subscribers", "exclusive to subscribers",
    "offrir cet article", "regalar este art\xC3\xAD" "culo", "artikel verschenken", "regala questo articolo", "presentear este artigo",
    "gifted to you", "shared this article with you", "ohne abonnement", "r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s",
    "exclusivo para suscriptores", "solo para suscriptores", "riservato agli abbonati",
    // the story goes on past a player or an advertisement, in the languages readcast reads most
    "dalsza część artykułu", "artykuł poniżej", "der artikel wird unter", "weiter nach der werbung", "sigue leyendo",
    "continúa después", "la suite après", "suite de l'article", "continua a leggere", "continua dopo", "continua após",
    "continue lendo", "get the data", "created with datawrapper", "created with flourish",
    // a paywall's count of what is left, and the way to the comments, in the same languages
    "de cet article \xC3\xA0 lire", "la suite est r\xC3\xA9serv\xC3\xA9" "e", "reservado para suscriptores",
    "exclusivo para assinantes", "nur f\xC3\xBCr abonnenten", "ir a los comentarios", "aller aux commentaires",
    "zu den kommentaren", "vai ai commenti", "ir para os coment\xC3\xA1rios", "jump to comments", "go to comments",
    "skip to comments",
    // a health site's review box, a newspaper's invitation to write a letter, a magazine's print note
    "how we reviewed this article", "our experts continually monitor", "medically reviewed by",
    "do you have an opinion on the issues raised", "submit a response of up to", "considered for publication in our letters",
    "print edition under the headline", "appeared in print under the headline", "a version of this article appears in print",
    "print edition as '", "print edition as \"", "print edition as \xE2\x80\x98", "print edition as \xE2\x80\x9C",
    // a newsletter's credits, a French paywall's gift and its pitch, a release's legend on where it may not go
    "newsletter was edited by", "cet article vous a \xC3\xA9t\xC3\xA9 offert", "pour lire tous nos articles",
    "not for distribution to u.s", "not for dissemination in the united states", "not for distribution in the united states",
    // a transcript's and a newsletter's notes about themselves: how it was made, who supports it, its sign-off
    "may contain errors", "transcript was generated", "automatically generated transcript", "is brought to you by",
    // a syndicated feed's note on the page that carries it
    "published from a syndicated feed", "auto-generated from a syndicated feed", "newsfeed \xC3\xBC" "bernommen",
    "aus dem dpa-newskanal", "redaktionell nicht bearbeitet",
    "briefing is supported by", "newsletter is supported by", "episode is supported by", "this episode is sponsored",
    "that's it for today", "that\xE2\x80\x99s it for today", "that's all for today", "that\xE2\x80\x99s all for today",
    "forwarded to you", "forward this to a friend", "rate and review",
    // a subscription's offer to gift articles; a company's registration at a newsletter's foot
    "gift this article", "articles to anyone you choose", "when you subscribe", "registered in england", "registered in scotland",
    "registered in ireland", "registered office:", "company registration number",
    // a wiki page's footer: "Revision #4 Created 7 March 2025 12:31:08 by …"
    "revision #",
    // a post's ask for votes and comments
    "deja tu voto", "leave your vote", "leave an upvote", "upvote and comment",
    // a note on whose views a column gives, and who funds a beat, in other languages
    "las opiniones expresadas", "the views expressed", "les opinions exprim\xC3\xA9" "es", "le opinioni espresse",
    "as opini\xC3\xB5" "es expressas", "die ge\xC3\xA4u\xC3\x9F" "erten meinungen", "public interest journalism funded",
    "ver esta publicaci\xC3\xB3n en instagram", "view this post on instagram", "voir cette publication sur instagram",
    "drafted with the help of ai", "written with the help of ai",
    // a Chinese portal's lines: the original headline, the editor in charge, the reprint notice, the share prompt
    "\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98\xEF\xBC\x9A", "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A",
    "\xE5\xA3\xB0\xE6\x98\x8E\xEF\xBC\x9A\xE8\xBD\xAC\xE8\xBD\xBD", "\xE6\x89\xAB\xE4\xB8\x80\xE6\x89\xAB",
    // a draft's warning and a release's, in other languages
    "niet publiceren", "do not publish", "no publicar", "nicht ver\xC3\xB6" "ffentlichen", "ne pas publier", "non pubblicare",
    "n\xC3\xA3o publicar", "for immediate release", "para difusi\xC3\xB3n inmediata", "pour diffusion imm\xC3\xA9" "diate",
    "zur sofortigen ver\xC3\xB6" "ffentlichung", "per la diffusione immediata", "para divulga\xC3\xA7\xC3\xA3o imediata",
    "laatst bewerkt door", "last edited by", "zuletzt bearbeitet von", "derni\xC3\xA8re modification par", "\xC3\xBAltima edici\xC3\xB3n por",
    // a newsroom's note to its own desk, an embargo
    "notes for desk", "note for desk", "note to desk", "do not run online", "note to editors:",
    // a blog's footer, a market page's notices, a wire's standards, a site's follow button
    "proudly powered by", "powered by wordpress", "data is delayed", "quotes delayed", "in local exchange time",
    "trust principles", "follow topics and authors", "free daily digest", "free weekly digest", "bekijk hier de video",
    // a newsletter's chrome in other languages: its browser link, why the reader receives it, what the
    // issue holds, the asks to pass it on
    "ver este e-mail no navegador", "ver no navegador", "ver este correo en", "ver en el navegador", "ver en tu navegador",
    "voir dans le navigateur", "afficher dans le navigateur", "version en ligne", "im browser ansehen", "im browser anzeigen",
    "visualizza nel browser", "bekijk in je browser", "bekijk deze e-mail in", "visa i webbl\xC3\xA4saren",
    "est\xC3\xA1 recebendo este e-mail", "est\xC3\xA1s recibiendo este correo", "recibes este correo", "vous recevez cet e-mail",
    "vous recevez ce message", "sie erhalten diese e-mail", "du erh\xC3\xA4ltst diese e-mail", "ricevi questa email",
    "je ontvangt deze e-mail", "in this issue:", "in this edition:", "nesta edi\xC3\xA7\xC3\xA3o:", "en esta edici\xC3\xB3n:",
    "dans cette \xC3\xA9" "dition", "dans ce num\xC3\xA9ro", "in dieser ausgabe:", "in questo numero:", "in deze editie:",
    "forward to a friend", "forwarded this to you", "was forwarded to you", "were forwarded this",
    "encaminhe para um amigo", "reenv\xC3\xAD" "alo a", "reenv\xC3\xAD" "a a un amigo", "transf\xC3\xA9rez-la",
    "leite sie diesen", "inoltra a un amico", "gostou desta edi\xC3\xA7\xC3\xA3o", "te gust\xC3\xB3 esta edici\xC3\xB3n",
    "recebeu de algu\xC3\xA9m", "inscreva-se aqui", "suscr\xC3\xAD" "bete aqu\xC3\xAD", "inscrivez-vous ici", "iscriviti qui",
    "cancelar inscri\xC3\xA7\xC3\xA3o", "darse de baja", "se d\xC3\xA9sabonner", "se d\xC3\xA9sinscrire", "abmelden",
    // the reader's personal data, as a consent notice speaks of it
    "ki\xC5\x9Fisel verileriniz", "kvkk kapsam\xC4\xB1nda", "vos donn\xC3\xA9" "es personnelles", "tus datos personales",
    "i tuoi dati personali", "seus dados pessoais", "ihre personenbezogenen daten", "ihre daten", "dina personuppgifter",
    "twoje dane osobowe", "je persoonsgegevens", "your personal data",
    // a sponsor's note, in other languages
    "patrocinado por", "sponsoris\xC3\xA9 par", "gesponsert von", "sponsorizzato da", "gesponsord door",
    // a blog's comment form, and its thanks for reading, in other languages
    "e-mail-adresse wird nicht ver\xC3\xB6" "ffentlicht", "required fields are marked", "erforderliche felder sind",
    "ne sera pas publi\xC3\xA9" "e", "no ser\xC3\xA1 publicada", "non sar\xC3\xA0 pubblicato", "n\xC3\xA3o ser\xC3\xA1 publicado",
    "wordt niet gepubliceerd", "kommer inte publiceras", "gracias por leer", "merci de votre lecture", "merci d'avoir lu",
    "danke f\xC3\xBCrs lesen", "grazie per aver letto", "obrigado por ler", "obrigada por ler", "bedankt voor het lezen",
    "tack f\xC3\xB6r att du l\xC3\xA4ser", "dzi\xC4\x99kujemy za przeczytanie",
    "bekijk de video", "mira el v\xC3\xAD" "deo", "regardez la vid\xC3\xA9" "o", "guarda il video", "assista ao v\xC3\xAD" "deo",
    // a gift box's ask in Portuguese, a publisher's ask for support, a shop's commission on the page's links
    "presentear esta reportagem", "presentear esta mat\xC3\xA9ria", "consider supporting us with a subscription",
    "may earn money from the links on this page", "may earn a commission from the links on this page",
};

// Notices known by how they open (a story may quote their words further in: "The audiobook was voiced by artificial
// intelligence", "… signed up to Gamstop"): a player's machine-voice note, a publisher's thanks and ask, a wire's sports
// tagline, a betting page's mandated lines.
constexpr std::string_view kNoticeOpenings[] = {
    "voiced by artificial intelligence", "narrated by artificial intelligence", "thank you for relying on us", "please consider supporting us",
    "get poll alerts and updates", "chances are you're about to lose", "chances are you\xE2\x80\x99re about to lose", "think. is this a bet",
    "please bet responsibly", "for free and confidential support call", "for support visit gamblingcare", "terms and conditions apply to all offers",
    "affiliate notice:",
    // a newsletter's paid cut and its sign-in under it, its ask to share or to write back, its reader poll, a wire's licensing
    // link, a recipe card's ask
    "this post is for paying subscribers", "this post is for paid subscribers", "this post is for subscribers",
    "keep reading with a 7-day free trial", "keep reading with a free trial",
    "this post is public so feel free to share", "hit reply and tell me", "hit reply and let me know", "just hit reply",
    "purchase licensing rights",
    // a newsletter's pitch, its ask cut off after it: "Start the day with a summary of the day's most important … stories"
    "start the day with a summary", "start your day with a summary", "get a summary of the day",
    // a newsletter's referral box
    "you currently have 0 referrals", "you currently have no referrals", "upgrade to paid", "upgrade to a paid",
};

// Asks that are a line of their own, a few words: "Already have an account? Sign in", "Today's poll", "I read every email."
// (The same words open a sentence of a story: "Today's poll, the third this week, puts Labour ahead".)
constexpr std::string_view kShortAskOpenings[] = {
    "already have an account?", "already a paid subscriber?", "already a paying subscriber?", "today's poll", "today\xE2\x80\x99s poll",
    "i read every email", "i read every reply"};

// Phrases a story may use too ("agreeing to the Facebook terms of service", "changed its privacy
// policy"): interface text only on a line as short as a link or a button.
constexpr std::string_view kShortInterfacePhrases[] = {
    // a toolbar's way into the publisher's app, beside the share button and the comments' count: "347 Read in app"
    "read in app", "open in app", "read in the app", "open in the app",
    "all rights reserved", "share on facebook", "share on twitter", "click here",      "terms of use",
    "terms of service",    "privacy policy",    "cookie policy",    "download the app", "related articles",
    "recommended stories", "back to top",       "continue reading", "get the app",      "comments are not moderated",
    "pinche aquí",         "haga clic aquí",    "cliquez ici",      "klicken sie hier", "clicca qui", "clique aqui",
    "apply today", "apply now", "shop now", "book now", "order now", "buy now",
    // a video's promo ("Simak Video …", Indonesian) and a shop box's price stamp ("Prezzo aggiornato il …")
    "simak video", "tonton video", "price last updated", "prices last updated", "prezzo aggiornato", "precio actualizado",
    "prix mis \xC3\xA0 jour", "preis aktualisiert", "pre\xC3\xA7o atualizado",
    // a chat's reactions and replies to a message it quotes ("Reacted to "Passengers on…" with 👍",
    // "Replying to "Only one…":"), a blog network's posting app ("Posted Using InLeo Alpha"), a reader app's link
    "reacted to \"", "replying to \"", "replied to \"", "reacted to \xE2\x80\x9C", "replying to \xE2\x80\x9C", "posted using ",
    "view highlight",
    // a page's tools: printing it and sending it on
    "print this page", "print this article", "email a friend", "email to a friend", "e-mail a friend",
    // what a speech recognizer makes of a video's silent end ("Merci d'avoir regardé cette vidéo !")
    "thanks for watching", "thank you for watching", "merci d'avoir regard\xC3\xA9", "gracias por ver el video",
    "danke f\xC3\xBCrs zuschauen", "grazie per la visione", "obrigado por assistir",
};
constexpr std::size_t kShortInterfaceWords = 8;

// A page's widgets and tools that run a little longer than a button, on a line of their own of sixteen words at most (a story's
// paragraph that quotes them runs longer): a comment box's labels, a print page's foot, a text-size tool.
constexpr std::size_t kWidgetLineWords = 16;
constexpr std::string_view kWidgetLinePhrases[] = {
    "reader comments:", "show comments (", "view comments (", "load comments (", "(note: reader comments are not moderated",
    // a print page's foot: "Printed from www.southernstarexaminer.ie on Tuesday, 6 February 2024 at 08:12 AM"
    "printed from www.", "printed from http", "article printed from", "this article was printed from", "imprim\xC3\xA9 depuis www.",
    "impreso desde www.", "stampato da www.", "gedruckt von www.",
    // a page's tools for its text's size: "Tamaño de letra: A+ A-", "Text size: A A A"
    "tama\xC3\xB1o de letra: a", "tama\xC3\xB1o del texto: a", "font size: a", "text size: a", "schriftgr\xC3\xB6\xC3\x9F" "e: a",
    "taille du texte : a", "taille du texte: a", "dimensione del testo: a", "tamanho da letra: a", "tamanho do texto: a", "lettergrootte: a"};

constexpr std::string_view kCreditOpenings[] = {
    "translated from", "translated by",  "translation by", "edited by",   "reporting by", "additional reporting",
    "writing by",      "editing by",     "photo:",         "photo by",    "photos by",    "photograph:", "photography:", "photography by",
    "foto:",           "fotos:",         "bild:",          "produced by",  "mixed by",     "music by",
    "sound design by", "executive producer",          "fotograf\xC3\xAD" "a:",
    "image:",          "image credit",   "credit:",        "copyright",   "(c) ",
    // a page's note on its picture at the top: "Header image: SBP Governor … in Karachi on Monday. — APP"
    "header image:", "featured image:", "feature image:", "top image:", "main image:", "lead image:", "cover image:", "banner image:",
    // a chart's or a map's credit line under it
    "chart:",          "graphic:",       "map:",
    // a chart's or a box's source, in other languages: "Källa: Norrståls delårsrapport"
    "k\xC3\xA4lla:", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1:", "fuente:", "quelle:", "fonte:", "bron:", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:", "kaynak:", "kilde:",
    // a wire's and a business paper's: "— With assistance from Sofia Lindqvist"
    "with assistance from",
    // and a broadcaster's, naming the wires it drew on: "With files from The Canadian Press and Reuters"
    "with files from", "with a file from", "with a report from", "with reports from", "with a report by", "with reporting by",
    "with reporting from", "with additional reporting", "additional reporting by",
    // a picture's credit at the story's foot: "Main image credit: Adam Burakowski / Reporter", "Featured photo via MTI/…"
    "main image credit", "featured photo:", "featured photo via", "featured photo by", "featured image credit", "header photo:", "top photo:",
    "lead photo:", "main photo:", "photo credit", "photos courtesy", "photo courtesy", "image courtesy", "images courtesy", "pictures courtesy",
    // a Polish page's credits under the story: its desk's initials and the main photo's source
    "autorka/autor:", "autor/autorka:", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o zdj\xC4\x99" "cia", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o zdj\xC4\x99\xC4\x87",
    // the copy editor's note at the end of a draft: "Texto revisado por: J. Almeida. Versão 3."
    "texto revisado por", "revisado por:", "revis\xC3\xA3o:", "reviewed by:", "redigiert von", "lektorat:", "relu par",
    "relecture :", "revisione:", "geredigeerd door", "eindredactie:",
    // the wire's copy a story draws on, and an interview's interviewer, at its end: "mit Material von dpa",
    // "Беседовала Анна Крылова", "Entrevista de Ana Ruiz"
    "mit material von", "mit material der", "con informaci\xC3\xB3n de", "con informaci\xC3\xB3n del", "avec agences",
    "(avec afp)", "(with ap)", "com ag\xC3\xAAncias", "con agenzie",
    "\xD0\xB1\xD0\xB5\xD1\x81\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB", "\xD0\xB7\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB",
    "interview by", "entrevista de", "entretien r\xC3\xA9" "alis\xC3\xA9 par", "propos recueillis par",
    "das gespr\xC3\xA4" "ch f\xC3\xBChrte",
    // a bulletin's subtitles credited
    "sous-titrage", "sous-titres", "subtitles by", "subtitling by", "captions by", "closed captioning by", "untertitel:",
    "untertitelung", "subt\xC3\xADtulos", "sottotitoli",
};

// Whether a quotation mark opens right before `at` (a space between allowed): "…, the note "Read more", …".
bool opensQuote(const std::string& s, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && s[end - 1] == ' ') --end;
    if (end == 0) return false;
    if (s[end - 1] == '"' || s[end - 1] == '\'') return end > 1;  // (not a line that opens with the quote)
    // (Danish and German open a quote with »…«, ›…‹ too.)
    for (std::string_view mark : {"\u201C", "\u201E", "\u00AB", "\u2018", "\u201A", "\u00BB", "\u203A"}) {
        if (end > mark.size() && s.compare(end - mark.size(), mark.size(), mark) == 0) return true;
    }
    return false;
}

// "(0/250자)", "(12/500)": a character counter under a comment box, on a short line ("Rating: ★★★★☆ (4/5)" is a review's;
// "Senin (3/11/2025)" in a story's sentence is a date).
bool hasCharacterCounter(const std::string& s) {
    if (countWords(s) > 8) return false;
    for (std::size_t open = s.find('('); open != std::string::npos; open = s.find('(', open + 1)) {
        std::size_t i = open + 1;
        std::size_t digits = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
        if (digits == 0 || i >= s.size() || s[i] != '/') continue;
        ++i;
        std::size_t digits2 = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits2;
        // (A limit of a hundred characters and more: "(4/5)", "(8/10)" are a review's ratings.)
        if (digits2 >= 3 && i < s.size() && s[i] != '/' && s.find(')', i) != std::string::npos && s.find(')', i) - i <= 6) return true;
    }
    return false;
}

// "Share on Facebook  Share on X  Copy link", "Partager sur Facebook Envoyer par e-mail": the share
// buttons copied as one line, in the languages readcast reads most.
bool isShareBar(const std::string& lower) {
    // "Facebook  Twitter  LinkedIn  Reddit  Email": the networks' names and nothing else.
    std::size_t networks = 0, words = 0, named = 0;  // named: the networks themselves, not the verbs on the buttons
    bool bareFigure = false;                        // a figure out of brackets: "Del 1" is a part's heading, not a button
    for (std::string w : splitWords(lower)) {
        // (Pasted with each button in brackets, a count on one: "[Facebook] [X] [Email]", "[Comments (42)]".)
        const bool bracketed = !w.empty() && (w.front() == '[' || w.front() == '(');
        while (!w.empty() && (w.front() == '[' || w.front() == '(')) w.erase(0, 1);
        while (!w.empty() && (w.back() == ',' || w.back() == '|' || w.back() == ':' || w.back() == ']' || w.back() == ')')) w.pop_back();
        // (Arrows, pictographs and dots between the buttons, "Partilhar ⤴ Guardar 🔖", are no words.)
        if (w.empty() || w == "|" || static_cast<unsigned char>(w[0]) == 0xE2 || static_cast<unsigned char>(w[0]) == 0xF0) continue;
        if (std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            bareFigure = bareFigure || !bracketed;
            continue;
        }
        ++words;
        for (const char* n : {"facebook", "twitter", "x", "linkedin", "reddit", "email", "e-mail", "whatsapp", "pinterest",
                              "telegram", "print", "bluesky", "threads", "messenger", "flipboard", "share", "tweet", "copy",
                              "link", "udost\xC4\x99pnij", "compartilhe", "comparte", "compartir", "partager", "partagez",
                              "teilen", "condividi", "delen", "sms", "partilhar", "compartilhar", "save", "guardar", "salvar",
                              "bookmark", "enregistrer", "speichern", "merken", "salva", "opslaan", "bewaren", "comments", "comment",
                              "kommentare", "commentaires", "comentarios", "commenti", "reacties", "gift",
                              // a comment button's verb and a share button's in the other languages: "Udostępnij Skomentuj (47)"
                              "skomentuj", "komentarze", "komentuj", "kommentera", "kommentarer", "kommentar", "kommentieren",
                              "commenter", "comentar", "commenta", "reageer", "dela", "del", "jaa", "kommentoi"}) {
            if (w == n) {
                ++networks;
                break;
            }
        }
        for (const char* n : {"facebook", "twitter", "x", "linkedin", "reddit", "whatsapp", "pinterest", "telegram", "bluesky",
                              "threads", "messenger", "flipboard"}) {
            if (w == n) ++named;
        }
    }
    if (words >= 2 && networks == words && networks >= 2) return true;
    // ("Guardar", "Share", "Speichern": one button alone on its line.)
    if (words == 1 && networks == 1 && named == 0 && !bareFigure) return true;
    // ("Artikel teilen", "Share this article", "Partager l'article", "Condividi l'articolo": the button with what it shares.)
    for (const char* label : {"artikel teilen", "beitrag teilen", "seite teilen", "share this article", "share this story", "share article",
                              "share this", "partager l'article", "partager cet article", "compartir nota", "compartir art\xC3\xAD" "culo",
                              "compartir esta nota", "condividi l'articolo", "condividi articolo", "artikel delen", "deel dit artikel",
                              "dela artikeln", "del artikkelen", "del artiklen", "udost\xC4\x99pnij artyku\xC5\x82", "sd\xC3\xADlet \xC4\x8Dl\xC3\xA1nek",
                              "compartilhar not\xC3\xAD" "cia", "partilhar artigo", "jaa artikkeli", "haberi payla\xC5\x9F"}) {
        if (lower == label) return true;
    }
    // "Artikel teilen Facebook WhatsApp", "Comparte esta nota: Facebook · X · WhatsApp": a share verb and
    // the networks.
    const bool shareWord = lower.find("teilen") != std::string::npos || lower.find("compart") != std::string::npos ||
                           lower.find("partag") != std::string::npos || lower.find("share") != std::string::npos ||
                           lower.find("condividi") != std::string::npos || lower.find("deel") != std::string::npos;
    // (Two networks by name: "share 47.6%, 2021 share: 14.2%", a table's row of figures, says "share" twice.)
    if (shareWord && networks >= 2 && named >= 1 && words <= 10) return true;
    std::size_t verbs = 0;
    for (const char* verb : {"share on", "share via", "partager sur", "compartir en", "compartilhar no", "teilen auf",
                             "condividi su", "delen op", "delen via", "sd\xC3\xADlet na", "zdie\xC4\xBE" "a\xC5\xA5 na", "udost\xC4\x99pnij na",
                             "distribuie pe", "link kopi\xC3\xABren", "envoyer par e-mail", "copy link", "copiar enlace", "copier le lien"}) {
        // (A whole word's start: "sdílet na" is no part of another word.)
        for (std::size_t at = lower.find(verb); at != std::string::npos; at = lower.find(verb, at + 1)) {
            if (at == 0 || !isWordByte(lower[at - 1])) ++verbs;
        }
    }
    return verbs >= 2 || (verbs == 1 && countWords(lower) <= 4);
}

// A draft's marks for the desk in a line: its state ("draft v3", "not for publication", "– final"), its embargo, its
// readers ("for subs", "for legal"), its last save.
bool isDraftSlug(const std::string& trimmed) {
    const std::string lower = lowerAscii(trimmed);
    // (Not words a headline uses too: "Call for legal aid reform", "EU lifts embargo: what it means", "Final draft of the
    // treaty published".)
    for (std::string_view mark : {"not for publication", "not for release", "for subs", "last saved", "embargoed to sat", "embargoed to sun",
                                  "embargoed until 00", "feature draft", "draft only"}) {
        if (lower.find(mark) != std::string::npos) return true;
    }
    // ("DRAFT v3", "Draft 3 –", "DRAFT –": the word and a version or a dash; "– FINAL", "- final" closing the line.)
    for (std::size_t at = lower.find("draft"); at != std::string::npos; at = lower.find("draft", at + 1)) {
        if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1])) != 0) continue;
        const std::string after = lower.substr(at + 5, 6);
        // (The version anywhere, "FEATURE DRAFT v3"; the number or the dash after the line's first word only: "NFL Draft – Round 1
        // results" is a heading.)
        const bool version = after.size() > 2 && after.rfind(" v", 0) == 0 && std::isdigit(static_cast<unsigned char>(after[2])) != 0;
        const bool numbered = after.size() > 1 && after[0] == ' ' && std::isdigit(static_cast<unsigned char>(after[1])) != 0;
        const bool dashed = after.rfind(" \xE2\x80\x93", 0) == 0 || after.rfind(" - ", 0) == 0 || after.rfind(" \xE2\x80\x94", 0) == 0;
        if (version || (at == 0 && (numbered || dashed))) return true;
    }
    // (In capitals after a title that is not, as a desk marks its copy: "Champions League – Final" and "CHAMPIONS LEAGUE –
    // FINAL" are headings.)
    for (std::string_view end : {" \xE2\x80\x93 FINAL", " - FINAL", " \xE2\x80\x94 FINAL", " (FINAL)"}) {
        if (trimmed.size() >= end.size() && trimmed.compare(trimmed.size() - end.size(), end.size(), end) == 0 &&
            std::any_of(trimmed.begin(), trimmed.end() - static_cast<long>(end.size()), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
            return true;
        }
    }
    return false;
}

// Digits and signs, perhaps a pictograph ("💬"), and no letter of any script.
bool isCounter(const std::string& line) {
    // (Not a live match report's minute over its entry, "88'", "45+2'", which is read.)
    if (isMatchMinute(line)) return false;
    bool digit = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) {
            i += 3;  // a pictograph's four bytes
        } else if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0x98 &&
                   static_cast<unsigned char>(line[i + 1]) <= 0x9E) {
            // (Not a rating's stars, "★ 4.5", which are read.)
            if (line.compare(i, 3, "\xE2\x98\x85") == 0 || line.compare(i, 3, "\xE2\x98\x86") == 0) return false;
            i += 2;  // a symbol's three, "❤", "✔"
        } else if (c == 0xEF && line.compare(i, 3, "\xEF\xB8\x8F") == 0) {
            i += 2;  // the selector that makes it a pictograph
        } else if ((c == 'k' || c == 'K' || c == 'M') && i > 0 && std::isdigit(static_cast<unsigned char>(line[i - 1])) &&
                   (i + 1 == line.size() || !std::isalpha(static_cast<unsigned char>(line[i + 1])))) {
            continue;  // "2.3k", "1.1M": a count written short
        } else if (c >= 0x80 || std::isalpha(c)) {
            return false;
        } else {
            digit = digit || std::isdigit(c);
        }
    }
    return digit;
}

// A poster's note added after the post, "Edit 2: …", "ETA: …", in a line lowered.
bool opensOnEditNote(const std::string& lower) {
    return startsWithAnyOf(lower, {"edit:", "edit 1:", "edit 2:", "edit 3:", "eta:"});
}

// A forum's or a social thread's chrome around a post: "3 likes", "1 svar", "96% Upvoted", "level 2",
// "Reply", "Sort by: best", "Flair: Denmark", "r/europe • Posted by u/…", a poster's "Edit 2: …" note, a
// user's handle with a role ("anna_lindqvist Moderator").
bool isThreadChrome(const std::string& lower, std::size_t wordCount) {
    const std::vector<std::string> words = splitWords(lower);
    if (words.empty()) return false;
    if (isReactionCount(lower)) return true;
    if (wordCount == 2 && words[0] == "level" && isCounter(words[1])) return true;
    // A mailing list's digest: "Today's Topics:", "Message: 2" over each message.
    if (lower == "today's topics:" || (wordCount == 2 && words[0] == "message:" && isCounter(words[1]))) return true;
    if (opensOnEditNote(lower)) return true;
    for (const char* label : {"sort by:", "sorted by:", "flair:", "posted by u/", "more replies", "view more replies", "load more comments",
                              "continue this thread"}) {
        if (lower.rfind(label, 0) == 0 && wordCount <= 4) return true;
    }
    if (wordCount <= 12 && lower.find(" posted by u/") != std::string::npos) return true;
    // A link aggregator's or a forum's line over a post or a comment: "412 points by quietbyte 6 hours ago | hide |
    // past", "mnemonic_dev 5 hours ago | parent | next [–]".
    if (wordCount <= 16 && lower.find(" ago") != std::string::npos &&
        (lower.find(" points by ") != std::string::npos || lower.find("| next") != std::string::npos ||
         lower.find("| parent") != std::string::npos || lower.find("| prev") != std::string::npos ||
         lower.find("| reply") != std::string::npos || lower.find("[\xE2\x80\x93]") != std::string::npos)) {
        return true;
    }
    // A post's bar of counts and buttons: "⬆ 24.7k · 💬 1.9k comments · 🏆 12 awards · Share · Save · Report". (Two buttons at
    // least, and nothing else but counts, their nouns and the marks between.)
    if (wordCount <= 16) {
        std::size_t buttons = 0;
        bool other = false;
        for (const std::string& w : words) {
            const bool letters = std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
            if (!letters || isCounter(w)) continue;
            if (w == "share" || w == "save" || w == "report" || w == "reply" || w == "hide" || w == "award") {
                ++buttons;
            } else if (w != "comments" && w != "comment" && w != "awards" && w != "upvotes" && w != "points" && w != "votes" && w != "replies") {
                other = true;
            }
        }
        if (buttons >= 2 && !other) return true;
    }
    // A fediverse account over a post: "Ján Novák @jan@mastodon.sk 12. mar. 2024, 18:04".
    if (wordCount <= 12) {
        for (const std::string& w : words) {
            const std::size_t at = w.find('@', 1);
            if (w.size() > 4 && w[0] == '@' && at != std::string::npos && w.find('.', at) != std::string::npos) return true;
        }
    }
    // A handle with the poster's role: a word of small letters and figures with a dot or an underscore inside
    // ("anna_lindqvist Moderator"; alone, "pdf.js" or "fatal_failure" may be the story's).
    const auto handle = [](const std::string& w) {
        const std::size_t mark = w.find_first_of("._");
        return w.size() >= 3 && mark != std::string::npos && mark > 0 && mark + 1 < w.size() &&
               w.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._") == std::string::npos;
    };
    if (words.size() == 2 && handle(words[0]) && (words[1] == "moderator" || words[1] == "admin" || words[1] == "staff" ||
                                                   words[1] == "op" || words[1] == "leader" || words[1] == "regular")) {
        return true;
    }
    return false;
}

// A price cut or a trial offered (lower-cased): "50% off", "a free trial", "for just £1", "for only $2".
bool namesAnOffer(const std::string& lower) {
    return lower.find("% off") != std::string::npos || lower.find("free trial") != std::string::npos ||
           lower.find(" for just ") != std::string::npos || lower.find(" for only ") != std::string::npos;
}

}  // namespace

// "Updated 3 hours ago", "Actualizado hace 2 horas", "il y a 5 minutes", "vor 2 Stunden": a page's
// relative time, which says nothing once the page is a recording.
bool isRelativeTime(const std::string& lower) {
    if (countWords(lower) > 6 || lower.find_first_of("0123456789") == std::string::npos) return false;
    // A social post's stamp, its age in a figure and a letter with the marks around it: "2d • Edited •", "3h •", "1w".
    {
        const std::vector<std::string> words = splitWords(lower);
        const std::string& age = words.front();
        std::size_t digits = 0;
        while (digits < age.size() && std::isdigit(static_cast<unsigned char>(age[digits])) != 0) ++digits;
        const std::string unit = age.substr(digits);
        const bool stamp = digits > 0 && digits <= 2 && (unit == "s" || unit == "m" || unit == "h" || unit == "d" || unit == "w" || unit == "mo" || unit == "y" || unit == "yr");
        const bool rest = std::all_of(words.begin() + 1, words.end(), [](const std::string& w) {
            return w == "edited" || w == "\xE2\x80\xA2" || w == "\xC2\xB7" || std::none_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
        });
        if (stamp && rest && (words.size() > 1 || lower.find("\xE2\x80\xA2") != std::string::npos)) return true;
    }
    const bool marker = lower.find(" ago") != std::string::npos || lower.find("hace ") != std::string::npos ||
                        lower.find("il y a ") != std::string::npos || lower.find("vor ") != std::string::npos ||
                        lower.find(" fa") != std::string::npos || lower.find("h\xC3\xA1 ") != std::string::npos ||
                        lower.find(" geleden") != std::string::npos || lower.find(" sedan") != std::string::npos ||
                        lower.find(" siden") != std::string::npos || lower.find(" temu") != std::string::npos;
    const bool unit = lower.find("min") != std::string::npos || lower.find("hour") != std::string::npos ||
                      lower.find("year") != std::string::npos || lower.find("week") != std::string::npos ||
                      lower.find("month") != std::string::npos ||
                      lower.find("hora") != std::string::npos || lower.find("heure") != std::string::npos ||
                      lower.find("stunde") != std::string::npos || lower.find(" ore") != std::string::npos ||
                      lower.find("day") != std::string::npos || lower.find("d\xC3\xAD" "a") != std::string::npos ||
                      lower.find("jour") != std::string::npos || lower.find("tag") != std::string::npos;
    return marker && unit;
}

bool isReactionCount(const std::string& line) {
    const std::vector<std::string> words = splitWords(lowerUtf8(line));
    if (words.size() < 2 || words.size() > 3) return false;
    static constexpr WordSet kCounted({
        "likes", "like", "comments", "comment", "replies", "reply", "views", "shares", "upvotes", "upvoted", "votes",
        "points", "reactions", "notes", "gillningar", "gillning", "svar", "kommentarer", "visningar", "antworten", "kommentare",
        "r\xC3\xA9ponses", "commentaires", "respuestas", "comentarios", "risposte", "commenti", "reacties", "odpowiedzi",
        "komentarzy", "komentarze", "yorum", "be\xC4\x9F" "eni", "curtidas", "coment\xC3\xA1rios", "respostas", "j'aime",
        "polubie\xC5\x84",
        // and where the count follows: "댓글 4", "Comments 12", "コメント 3"
        "\xEB\x8C\x93\xEA\xB8\x80", "\xEC\xA2\x8B\xEC\x95\x84\xEC\x9A\x94", "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88",
        "\xE8\xAF\x84\xE8\xAE\xBA", "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8"});
    if (words.size() == 2 && isCounter(words[1]) && kCounted.count(words[0]) != 0) return true;
    return isCounter(words[0]) && kCounted.count(words[1]) != 0;
}

// "Subscribe · Sign in", "Economia · Transportes", "42 · 7 · Share", "Nyheter / Norrbotten / Kultur",
// "Privacy ∙ Terms ∙ Collection notice": a row of short items parted by one mark, the page's buttons,
// counters, sections or footer links. (Items of a sentence's list are in lower case, and a row of
// results holds figures in most items: "Smith 12 · Jones 9 · Lee 4".)
bool isRowOfShortItems(const std::string& line) {
    // (A review's verdict, its price band and its stars: "Price ££££ · Score ★★★★".)
    if (line.find("\xE2\x98\x85") != std::string::npos || line.find("\xE2\x98\x86") != std::string::npos ||
        containsAnyOf(line, {"\xC2\xA3\xC2\xA3", "$$", "\xE2\x82\xAC\xE2\x82\xAC"})) {
        return false;
    }
    for (const char* mark : {" \xC2\xB7 ", " \xE2\x88\x99 ", " \xE2\x80\xA2 ", " | ", " / ", " > ", " \xC2\xBB ", " \xE2\x80\xBA "}) {
        const std::size_t width = std::strlen(mark);
        if (line.find(mark) == std::string::npos) continue;
        std::size_t items = 0, shortItems = 0, figures = 0, scores = 0, longest = 0, ended = 0;
        bool capitals = true, copyright = false;
        for (std::size_t start = 0; start <= line.size();) {
            std::size_t end = line.find(mark, start);
            if (end == std::string::npos) end = line.size();
            const std::string item = collapseWhitespace(line.substr(start, end - start));
            start = end + width;
            if (item.empty()) return false;
            ++items;
            const std::size_t words = countWords(item);
            longest = std::max(longest, words);
            const bool stops = std::string(".!?:").find(item.back()) != std::string::npos;
            ended += stops;
            shortItems += words <= 3 && std::string(".!?").find(item.back()) == std::string::npos;
            const bool figure = item.find_first_of("0123456789") != std::string::npos;
            figures += figure;
            scores += figure && std::any_of(item.begin(), item.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
            copyright = copyright || item.find("\xC2\xA9") != std::string::npos;
            const auto first = static_cast<unsigned char>(item[0]);
            capitals = capitals && !std::islower(first);
        }
        // (Middle dots part buttons in any case, "42 · 7 · Share"; other marks part capitalized items.)
        const bool dots = std::string(mark) == " \xC2\xB7 " || std::string(mark) == " \xE2\x88\x99 ";
        if (!dots && !capitals) continue;
        // ("Nyheter › Gotland": a breadcrumb of two.)
        const bool crumb = std::string(mark) == " > " || std::string(mark) == " \xC2\xBB " || std::string(mark) == " \xE2\x80\xBA ";
        if (crumb && items == 2 && shortItems == 2 && figures == 0) return true;
        // ("Nyheter / Inrikes": a section and its part, a word each, parted by a slash.)
        if (std::string(mark) == " / " && items == 2 && longest == 1 && figures == 0) return true;
        if (dots && items >= 2 && shortItems == items && longest <= 2 && scores < 2) return true;
        // (A footer's row may hold an address among its links: "KVLR 89.3 · 1400 Mill Street, Harlan Creek · Contact · …".)
        const bool mostlyShort = shortItems == items || (items >= 5 && shortItems * 3 >= items * 2 && longest <= 6);
        if (items >= 3 && mostlyShort && figures * 2 < items) return true;
        // (A footer's links are a few words each, none a sentence: "Corrections and clarifications | Submit a news tip
        // | Report error".)
        if (items >= 3 && longest <= 4 && figures == 0 && ended == 0) return true;
        // (A site's footer: "The Lantern © 2025 · Published with Ghost · Privacy · Contact".)
        if (items >= 3 && copyright && longest <= 6) return true;
    }
    return false;
}

// A time stamp as chats and transcripts print it: "0:46", "08:12", "10:03:05", "[09:44]", "9:02 AM".
bool isStampWord(std::string w) {
    if (w.size() >= 2 && w.front() == '[' && w.back() == ']') w = w.substr(1, w.size() - 2);
    const std::size_t colon = w.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 2 || w.size() < colon + 3) return false;
    return w.find_first_not_of("0123456789:") == std::string::npos && std::isdigit(static_cast<unsigned char>(w.back()));
}

// A chat's or a transcript's header over each message or turn: a speaker and a time stamp, "Marie Kalsakau
// 08:12", "Speaker 4  1:10", "[09:44] Werleman, Gisela", "10:03:05 From Modou Njie to Everyone:", or the
// stamp alone, "0:46". The words under it are read; the header is not.
bool isSpeakerStampLine(const std::string& trimmed) {
    // (Tried on every line of every page: one without a colon leaves at once.)
    if (trimmed.find(':') == std::string::npos) return false;
    std::string plain;
    for (char c : trimmed) {
        if (c != '*' && c != '_') plain += c;
    }
    std::vector<std::string> words = splitWords(collapseWhitespace(plain));
    if (words.empty() || words.size() > 8) return false;
    std::size_t stamp = words.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (isStampWord(words[i])) {
            stamp = i;
            break;
        }
    }
    if (stamp == words.size()) return false;
    if (words.size() == 1) return true;
    if (words.size() >= 2 && (words.back() == "AM" || words.back() == "PM") && stamp + 2 == words.size()) words.pop_back();
    // (The speaker: two to four capitalized words, "Speaker 4", or "From … to …:" after the stamp.)
    const auto named = [&](std::size_t from, std::size_t to) {
        if (to - from == 2 && words[from] == "Speaker" && std::isdigit(static_cast<unsigned char>(words[from + 1][0]))) return true;
        // ("Anchor  2:49": a role for a name.)
        if (to - from == 1) {
            for (const char* role : {"Anchor", "Host", "Presenter", "Reporter", "Interviewer", "Moderator", "Narrator", "Guest", "Caller"}) {
                if (words[from] == role) return true;
            }
        }
        if (to - from < 2 || to - from > 4) return false;
        for (std::size_t i = from; i < to; ++i) {
            // (A letter beyond ASCII, "Émilie", "Łukasz"; not a dash, a quotation mark or a bullet.)
            const auto c = static_cast<unsigned char>(words[i][0]);
            if (!(std::isupper(c) || (c >= 0xC3 && c < 0xE0))) return false;
        }
        return true;
    };
    // (A race's result, "Sifan Hassan 2:13:44", gives hours too: a chat's or a transcript's stamp after a
    // name is minutes and seconds, or the time of day.)
    const std::size_t groups = static_cast<std::size_t>(std::count(words[stamp].begin(), words[stamp].end(), ':')) + 1;
    if (stamp == words.size() - 1) return groups == 2 && named(0, stamp);
    if (stamp == 0) {
        if (words[1] == "From" && trimmed.back() == ':') return true;
        // (A stamp first is a chat's only in its brackets, "[09:44] Werleman, Gisela"; "12:15 Two Minutes
        // Silence" is a programme's line.)
        // (And its time of day: "[00:00:15] No Comment" is a transcript's answer after its time code.)
        if (words[0].front() != '[' || groups != 2) return false;
        std::string last = words.back();
        if (!last.empty() && last.back() == ':') words.back().pop_back();
        return named(1, words.size());
    }
    return false;
}

bool isJumpLine(const std::string& line) {
    std::string t = lowerUtf8(collapseWhitespace(line));
    while (!t.empty() && (t.front() == '(' || t.front() == '[')) t.erase(0, 1);
    while (!t.empty() && (t.back() == ')' || t.back() == ']' || t.back() == '.')) t.pop_back();
    // A printed page's footer with its count of pages, the document's title before it: "Helionyx Energy Announces Mojave
    // Ridge Financing      Page 1 of 3", "Seite 2 von 4".
    {
        // (The expression only where it may match: this runs on every line of a page. It is compiled there
        // too, not before: compiling it is a twelfth of the work of extracting a short page.)
        const bool candidate = !t.empty() && std::isdigit(static_cast<unsigned char>(t.back())) &&
                               (t.find("pag") != std::string::npos || t.find("p\xC3\xA1g") != std::string::npos || t.find("seite") != std::string::npos ||
                                t.find("sid") != std::string::npos || t.find("str") != std::string::npos || t.find("p.") != std::string::npos);
        if (candidate && countWords(t) <= 16) {
            static const std::regex kPageOf("(?:^|.* )(?:page|p\\.|seite|page|p\\xC3\\xA1gina|pagina|sida|side|strona|str\\.) ?([0-9]{1,3}) "
                                            "(?:of|von|de|di|av|af|z|ze|sur|/) ?([0-9]{1,3})$");
            std::smatch m;
            if (std::regex_match(t, m, kPageOf) && std::stoi(m[1].str()) <= std::stoi(m[2].str())) return true;
        }
    }
    if (t.empty() || countWords(t) > 9) return false;
    // (It ends on the page: "A7", "12", "B 3", "7A".)
    const std::size_t space = t.find_last_of(' ');
    if (space == std::string::npos) return false;
    std::string page = t.substr(space + 1);
    if (page.empty() || page.size() > 4 || page.find_first_of("0123456789") == std::string::npos ||
        page.find_first_not_of("0123456789abcdefgh") != std::string::npos) {
        return false;
    }
    const std::string lead = t.substr(0, space);
    static const char* const kJumps[] = {
        "continued from page", "continued on page", "continued from", "continued on", "story continues on page", "continues on page",
        "cont'd from page", "cont'd on page", "cont. from page", "cont. on page", "from page", "see page", "turn to page",
        "fortsetzung von seite", "fortsetzung auf seite", "fortsetzung seite", "weiter auf seite", "suite de la page", "suite en page",
        "suite page", "lire la suite page", "contin\xC3\xBA" "a en la p\xC3\xA1gina", "contin\xC3\xBA" "a en p\xC3\xA1gina", "viene de la p\xC3\xA1gina", "viene de p\xC3\xA1gina",
        "continua a pagina", "segue a pagina", "continua da pagina", "continua na p\xC3\xA1gina", "continua na p\xC3\xA1g", "continua\xC3\xA7\xC3\xA3o da p\xC3\xA1gina",
        "vervolg op pagina", "vervolg van pagina", "lees verder op pagina", "fortsetter p\xC3\xA5 side", "forts\xC3\xA4ttning p\xC3\xA5 sidan",
        "forts\xC3\xA6tter p\xC3\xA5 side", "fortsat fra side", "ci\xC4\x85g dalszy na str", "ci\xC4\x85g dalszy na stronie"};
    for (const char* jump : kJumps) {
        if (lead == jump) return true;
    }
    // "See FLOODS, Page A8", "FLOODS from Page A1": a jump's slug and its page.
    // (The slug in capitals: "He read from page 12." is a sentence.)
    const std::string written = collapseWhitespace(line);
    const std::size_t slugStart = written.find_first_not_of("([");
    const std::size_t slugEnd = slugStart == std::string::npos ? slugStart : written.find_first_of(" ,", slugStart);
    const std::string slug = slugStart == std::string::npos ? "" : written.substr(slugStart, slugEnd - slugStart);
    // (Or a capital on the slug and on its page, "Budget from Page A1".)
    const bool capitals = slug.size() >= 2 && (std::none_of(slug.begin(), slug.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) ||
                                               (std::isupper(static_cast<unsigned char>(slug[0])) && written.find(" Page ") != std::string::npos));
    return (lead.rfind("see ", 0) == 0 && lead.size() > 9 && lead.compare(lead.size() - 6, 6, ", page") == 0 && countWords(lead) <= 4) ||
           (capitals && lead.size() > 10 && lead.compare(lead.size() - 10, 10, " from page") == 0 && countWords(lead) <= 4);
}

// A football match's minute alone, as a live report sets it over an entry: "88'", "45+2'", "90+5′".
bool isMatchMinute(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    std::size_t k = 0;
    while (k < t.size() && k < 3 && std::isdigit(static_cast<unsigned char>(t[k])) != 0) ++k;
    if (k == 0 || std::stoi(t.substr(0, k)) > 130) return false;
    if (k < t.size() && t[k] == '+') {
        const std::size_t from = ++k;
        while (k < t.size() && k - from < 2 && std::isdigit(static_cast<unsigned char>(t[k])) != 0) ++k;
        if (k == from) return false;
    }
    const std::string rest = t.substr(k);
    return rest == "'" || rest == "\xE2\x80\xB2" || rest == "\xE2\x80\x99";
}

// "Reference: Ruiz-Gallego C. et al. N Engl J Med. 2024;390(14):1287-98.": a paper's citation under a science release,
// its authors, journal, year, volume and pages (in the release's language). (With the paper's title at length, "Reference:
// Kowalczyk M, et al. Residential traffic-related air pollution and glycaemic markers in European children: a multi-city
// cohort. Lancet Planet Health 2026; 10(3): e211–e222. doi:…".)
bool isCitation(const std::string& paragraph) {
    const std::string trimmed = collapseWhitespace(paragraph);
    if (trimmed.size() < 12 || countWords(trimmed) > 70) return false;
    if (!startsWithAnyOf(lowerAscii(trimmed.substr(0, 24)), {"reference:", "references:", "referencia:", "referencias:", "r\xC3\xA9" "f\xC3\xA9rence",
                                         "referenz:", "riferimento:", "refer\xC3\xAAncia:", "referentie:", "citation:", "paper:",
                                         "publication:", "publicaci\xC3\xB3n:", "original publication:", "originalpublikation:",
                                         "study:", "estudio:"})) {
        return false;
    }
    const std::string lower = lowerAscii(trimmed);
    // (Compiled only when a line gets this far.)
    static const std::regex kVolume(R"(\b(19|20)\d\d ?; ?\d+)");
    return lower.find("et al") != std::string::npos || lower.find("doi") != std::string::npos || std::regex_search(lower, kVolume);
}

// "Editor's note: …", "Editors’ note: …": a line or a paragraph, lowered, that opens on the editors' label.
static bool opensOnEditorsNote(const std::string& lower) {
    return startsWithAnyOf(lower, {"editor's note", "editor\xE2\x80\x99s note", "editors' note", "editors\xE2\x80\x99 note"});
}

namespace {

// A row of a recipe card's fields, two or more "Label: value" set apart by bars, dots or commas (a pasted table's row comes
// with commas), each label one a card gives: its course and cuisine, its times and yield, its nutrients.
bool isRecipeCardRow(const std::string& trimmed) {
    if (trimmed.find(':') == std::string::npos || trimmed.size() > 600) return false;
    static constexpr WordSet kFields({"course", "cuisine", "keyword", "keywords", "servings", "serving", "serving size", "yield", "prep time",
                                      "prep", "cook time", "cook", "total time", "calories", "carbohydrates", "carbs", "protein", "fat",
                                      "saturated fat", "saturates", "polyunsaturated fat", "monounsaturated fat", "trans fat", "cholesterol",
                                      "sodium", "potassium", "fiber", "fibre", "sugar", "sugars", "salt", "kcal", "vitamin a", "vitamin c",
                                      "calcium", "iron", "diet", "method", "equipment", "difficulty", "author", "nutrition"});
    // (Copied only where a middle dot sets the fields apart: this runs on every line with a colon.)
    std::string dotted;
    if (trimmed.find("\xC2\xB7") != std::string::npos) {
        dotted = trimmed;
        for (std::size_t dot = dotted.find("\xC2\xB7"); dot != std::string::npos; dot = dotted.find("\xC2\xB7", dot)) dotted.replace(dot, 2, "|");
    }
    const std::string& row = dotted.empty() ? trimmed : dotted;
    const bool barred = row.find(" | ") != std::string::npos;
    std::size_t fields = 0;
    for (std::size_t from = 0; from <= row.size();) {
        const std::size_t bar = std::min(row.find_first_of(barred ? "|" : ",", from), row.size());
        const std::string part = collapseWhitespace(row.substr(from, bar - from));
        from = bar + 1;
        const std::size_t colon = part.find(':');
        // (A value with commas in it, "Cuisine: American, Italian": the piece without a label is the field's.)
        if (part.empty() || (colon == std::string::npos && fields > 0)) continue;
        if (colon == std::string::npos || kFields.count(lowerAscii(collapseWhitespace(part.substr(0, colon)))) == 0) return false;
        ++fields;
    }
    return fields >= (barred ? 2u : 3u);
}

}  // namespace

bool isBoilerplate(const std::string& line) {
    // A print-edition or copyright note runs longer than interface text; it has its own limit.
    if (isPublisherNote(line) || isSignOff(line) || isJumpLine(line)) return true;
    const std::string trimmed = collapseWhitespace(line);
    if (trimmed.empty()) return false;
    // "Course: Main Course | Cuisine: American | Keyword: lasagna", "Calories: 198kcal | Protein: 2g | Fat: 10g": a recipe card's
    // fields and its nutrition panel, set in a row, however long.
    if (isRecipeCardRow(trimmed)) return true;
    // A post's counts under it, each after its pictograph: "💬 214   🔁 1.2K   ❤️ 4.8K   📊 312K".
    if (trimmed.size() <= 80 && static_cast<unsigned char>(trimmed[0]) >= 0xE2 && isCounter(trimmed) &&
        std::count(trimmed.begin(), trimmed.end(), ' ') >= 3) {
        return true;
    }
    // An audio player's length on a line of its own, copied with the page: "03:42 Min.", "7:12 min", "5 Min." (a live blog's
    // "14:20" alone is its entry's time, and stays).
    {
        static const std::regex kLength(R"(^(\d{1,2}:\d{2}|\d{1,3}) ?(Min\.?|min\.?|mins?\.?|minutes?|Minuten)$)");
        if (trimmed.size() <= 20 && std::regex_match(trimmed, kLength)) return true;
    }
    // A picture's caption pasted with its credit glued on, as a news site's copy gives it: "… by Justice Elena Kagan.Credit...Haiyun
    // Jiang for The Daily Ledger".
    if (const std::size_t credit = trimmed.find("Credit..."); credit != std::string::npos && credit > 0 && trimmed[credit - 1] != ' ' &&
        countWords(trimmed) <= 28) {
        return true;
    }
    // A government document's protective marking at each page's head and foot, in capitals: "OFFICIAL", "OFFICIAL-SENSITIVE".
    if (trimmed == "OFFICIAL" || trimmed == "OFFICIAL-SENSITIVE" || trimmed == "OFFICIAL SENSITIVE" || trimmed == "UNCLASSIFIED" ||
        trimmed == "NOT PROTECTIVELY MARKED" || trimmed == "FOR OFFICIAL USE ONLY" || trimmed == "PROTECTED") {
        return true;
    }
    // A contents line, its dot leaders running to the page: "Figure 1: Gigabit coverage by region........ 4", "2. Progress . . . . 7".
    // (A contents line names a part of the document: "Figure 1:", "Table 2", "Chapter 3", "Annex B"; a results table's "Green Party
    // ........ 412" is the story's.)
    if (const std::size_t leaders = trimmed.find("...."); leaders != std::string::npos && leaders > 0 &&
        startsWithAnyOf(trimmed, {"Figure ", "Table ", "Chapter ", "Section ", "Annex ", "Appendix ", "Chart ", "Map ", "Contents"})) {
        // (The page: the last word after the leaders, "4", "iv".)
        const std::size_t end = trimmed.find_last_not_of(". ");
        const std::size_t before = end == std::string::npos ? std::string::npos : trimmed.find_last_of(". ", end);
        const std::string page = end == std::string::npos || end < leaders || before == std::string::npos ? "" : trimmed.substr(before + 1, end - before);
        if (!page.empty() && page.size() <= 4 && before >= leaders &&
            std::all_of(page.begin(), page.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0 || std::string_view("ivxlc").find(c) != std::string_view::npos; })) {
            return true;
        }
    }
    // (Counted and lowered once: this runs on every line of every page.)
    const std::size_t wordCount = countWords(line);
    const std::string lowerTrimmed = lowerAscii(trimmed);
    // The editor's note on how the page was changed: "Update, 14:02 UTC: This story was updated with …", "Update (Feb. 22,
    // 09:10 UTC): Adds Lido and Mantle freeze" ("Update: the council voted …" goes on with the story).
    // (A line opening on "update" opens on "updated" too; ": adds " stands in "): adds ".)
    if (wordCount <= 40 && (lowerTrimmed.rfind("update", 0) == 0 || lowerTrimmed.rfind("editor's note", 0) == 0)) {
        for (std::string_view note : {"this story was updated", "this story has been updated", "this article was updated",
                                      "this article has been updated", ": adds ", "): updates ", "): corrects "}) {
            if (lowerTrimmed.find(note) != std::string::npos) return true;
        }
    }
    // (Or the note alone, a line of its own: "This article was updated at 6.05pm with the latest figures on power outages.")
    // (What it brought or when, and nobody's word on it: "This page was updated in March to push the target back, archived
    // copies show" is the story's.)
    if (wordCount <= 40 && startsWithAnyOf(lowerTrimmed, {"this story was updated", "this story has been updated", "this article was updated",
                                                          "this article has been updated", "this post was updated", "this post has been updated"}) &&
        containsAnyOf(lowerTrimmed, {" with ", " to include", " to add", " to reflect", " to correct", " at ", " since "}) &&
        !containsAnyOf(lowerTrimmed, {" said", " says", " show", " according", " records", " reported", " confirmed", " by "})) {
        return true;
    }
    // (Or its time and what it brought: "Updated 09:12 with revised bus timetable", "Updated at 3pm to include the police's
    // statement".)
    // (Its time right after the word, a clock's: "Updated 2024 guidance tells doctors …" is the story's.)
    if (wordCount <= 20 && lowerTrimmed.rfind("updated ", 0) == 0 &&
        containsAnyOf(lowerTrimmed, {" with ", " to include ", " to add ", " to reflect ", " to correct "})) {
        std::size_t k = 8;
        if (lowerTrimmed.compare(k, 3, "at ") == 0) k += 3;
        std::size_t d = k;
        while (d < lowerTrimmed.size() && std::isdigit(static_cast<unsigned char>(lowerTrimmed[d]))) ++d;
        const bool clock = d > k && d - k <= 2 && d + 2 < lowerTrimmed.size() && (lowerTrimmed[d] == ':' || lowerTrimmed[d] == '.') &&
                           std::isdigit(static_cast<unsigned char>(lowerTrimmed[d + 1])) && std::isdigit(static_cast<unsigned char>(lowerTrimmed[d + 2]));
        const bool meridiem = d > k && d - k <= 2 && (lowerTrimmed.compare(d, 2, "am") == 0 || lowerTrimmed.compare(d, 2, "pm") == 0);
        if (clock || meridiem) return true;
    }
    // The editor's note on where the text comes from, whole: "Editor's note: This article was originally published in German
    // in DER SPIEGEL. It has been translated by … and abridged." (Its first sentence alone would go as a credit's, leaving "It
    // has been translated …" to a listener with nothing before it; a correction's note is the story's, StoryNotes.cpp.)
    if (wordCount <= 80 && opensOnEditorsNote(lowerTrimmed)) {
        // (Not one that discloses an interest or a funder, which a listener is owed: "… is funded by the foundation, which also
        // supports …".)
        const bool disclosure = containsAnyOf(lowerTrimmed, {"fund", "donor", "donat", "disclos", "conflict", "interest", "stake", "paid",
                                                             "sponsor", "owns", "owned", "grant"});
        // (Every sentence of it about the text itself: "The reporter's sister is a Wikipedia administrator. This story was first
        // published in our newsletter." discloses.)
        bool aboutTheText = true;
        for (std::size_t from = 0; from < lowerTrimmed.size() && aboutTheText;) {
            // (A sentence ends at a stop before a capital: "(Feb. 21, 2026)" goes on.)
            std::size_t stop = lowerTrimmed.find(". ", from);
            while (stop != std::string::npos && !(stop + 2 < trimmed.size() && std::isupper(static_cast<unsigned char>(trimmed[stop + 2])))) {
                stop = lowerTrimmed.find(". ", stop + 2);
            }
            stop = std::min(stop, lowerTrimmed.size());
            aboutTheText = containsAnyOf(lowerTrimmed.substr(from, stop - from), {"published", "translated", "abridged", "appeared", "updated",
                                                                                  "edited", "figures", "version", "shortened", "condensed"});
            from = stop + 2;
        }
        for (std::string_view note : {"originally published", "originally appeared", "first published", "first appeared", "been translated",
                                      "was translated", "translated from", "translated by", "abridged"}) {
            if (!disclosure && aboutTheText && lowerTrimmed.find(note) != std::string::npos) return true;
        }
    }
    // A rating widget's line, its stars and its count of reviews: "★★★★★ 4.9 from 312 reviews", "4.7 (1,203 ratings)".
    if (wordCount <= 8) {
        for (std::string_view count : {" reviews", " ratings", " votes", " reviews)", " ratings)", " votes)"}) {
            if (!lowerTrimmed.ends_with(count)) continue;
            std::size_t k = lowerTrimmed.size() - count.size();
            const std::size_t digitsEnd = k;
            while (k > 0 && (std::isdigit(static_cast<unsigned char>(lowerTrimmed[k - 1])) != 0 || lowerTrimmed[k - 1] == ',')) --k;
            const bool rated = lowerTrimmed.find('.') != std::string::npos || trimmed.find("\xE2\x98\x85") != std::string::npos;
            if (k < digitsEnd && rated) return true;
        }
    }
    // A page's count of its readers, alone or beside its comments' link: "Visitas: 3.417 | Comentarios (12)", "Views: 12,408",
    // "Aufrufe: 842", "Lecturas: 1.203".
    if (wordCount <= 6) {
        const std::string lowerLine = lowerUtf8(trimmed);
        for (std::string_view label : {"views:", "visitas:", "lecturas:", "aufrufe:", "visualizzazioni:", "lectures:", "vues:", "leituras:",
                                       "visualiza\xC3\xA7\xC3\xB5" "es:", "weergaven:", "wy\xC5\x9Bwietlenia:", "hits:", "reads:"}) {
            if (lowerLine.rfind(label, 0) != 0) continue;
            const std::size_t figure = trimmed.find_first_not_of(' ', label.size());
            if (figure != std::string::npos && std::isdigit(static_cast<unsigned char>(trimmed[figure]))) return true;
        }
    }
    // A live page's switch for its updates, a few words: "Refresh | Auto-update ON", "Automatische Aktualisierung: an" ("Auto-update
    // on phones will be mandatory…" is a sentence).
    if (wordCount <= 5) {
        for (std::string_view label : {"auto-update", "auto update", "auto-refresh", "automatische aktualisierung", "actualisation automatique",
                                       "actualizaci\xC3\xB3n autom\xC3\xA1tica", "aggiornamento automatico"}) {
            if (lowerTrimmed.find(label) == std::string::npos) continue;
            for (std::string_view state : {" on", " off", ": an", ": aus", ": on", ": off", " an", " aus", " activ\xC3\xA9" "e", " attivo"}) {
                if (lowerTrimmed.ends_with(state)) return true;
            }
        }
    }
    // A live page's promise of what comes later: "Match report to follow", "More to follow.", "Full reaction to follow".
    if (wordCount <= 4) {
        std::string note = lowerTrimmed;
        while (!note.empty() && (note.back() == '.' || note.back() == '!')) note.pop_back();
        for (std::string_view what : {"match report", "full report", "report", "more", "more details", "details", "further details", "updates",
                                      "reaction", "full reaction", "analysis", "full story", "player ratings", "highlights"}) {
            if (note.size() == what.size() + 10 && note.compare(0, what.size(), what) == 0 && note.ends_with(" to follow")) return true;
        }
    }
    // A draft's slug for the desk, over or beside its headline: "FEATURE DRAFT v3 – for subs – embargoed to Sat edition", "DRAFT –
    // NOT FOR PUBLICATION", "Outback Rail Feature – FINAL", "Draft 3 – last saved 12/03/2025 17:48". (A story's sentence about an
    // embargo or a draft law says more, and ends as a sentence.)
    if (wordCount <= 14 && trimmed.back() != '.' && isDraftSlug(trimmed)) return true;
    // A pager between entries: "Previous debate | Next debate", "« Previous Post Next Post »", "← Older posts Newer posts →".
    if (wordCount <= 10) {
        bool back = false, forth = false, other = false;
        for (std::string w : splitWords(lowerTrimmed)) {
            while (!w.empty() && std::string_view("|:.,").find(w.back()) != std::string_view::npos) w.pop_back();
            if (w == "previous" || w == "prev" || w == "older") back = true;
            else if (w == "next" || w == "newer") forth = true;
            else if (w.empty() || w == "|" || w == "post" || w == "posts" || w == "article" || w == "articles" || w == "story" || w == "stories" ||
                     w == "debate" || w == "page" || w == "entry" || w == "entries" || w == "\xC2\xAB" || w == "\xC2\xBB" ||
                     w == "\xE2\x80\xB9" || w == "\xE2\x80\xBA" || w == "\xE2\x86\x90" || w == "\xE2\x86\x92") continue;
            else other = true;
        }
        if (back && forth && !other) return true;
    }
    // A forum's post header, "•Posted by u/throwaway_kiwi_88 · 12h ago", and its pointer to the story it quotes, "[Link to full
    // article: rnz.co.nz/news/…]".
    if (wordCount <= 15) {
        std::string bare = lowerTrimmed;
        while (!bare.empty() && (bare.front() == '[' || bare.front() == '*' || bare.front() == ' ')) bare.erase(0, 1);
        if (bare.rfind("\xE2\x80\xA2", 0) == 0) bare.erase(0, 3);
        if (bare.rfind("posted by u/", 0) == 0 || bare.rfind("submitted by u/", 0) == 0) return true;
        if ((bare.rfind("link to full article", 0) == 0 || bare.rfind("link to the full article", 0) == 0 || bare.rfind("link to article", 0) == 0 ||
             bare.rfind("link to the article", 0) == 0) &&
            (bare.find("://") != std::string::npos || bare.find(".co") != std::string::npos || bare.find(".org") != std::string::npos ||
             bare.find('/') != std::string::npos)) {
            return true;
        }
    }
    // A blog's like button and its count: "Like this: ★ Like · Be the first to like this.", "Like Loading…".
    if (wordCount <= 14 && lowerTrimmed.find("be the first to like this") != std::string::npos) return true;
    // A ticker's row of prices: "BTC $96,412.30 +1.2% | ETH $2,741.85 −4.6% | SOL …": three or more symbols in capitals,
    // each with its price and its move.
    {
        std::size_t quotes = 0;
        const std::vector<std::string> words = splitWords(trimmed);
        for (std::size_t k = 0; k + 2 < words.size(); ++k) {
            const std::string& sym = words[k];
            const bool symbol = sym.size() >= 2 && sym.size() <= 5 &&
                                std::all_of(sym.begin(), sym.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            const bool price = !words[k + 1].empty() && (words[k + 1][0] == '$' || std::isdigit(static_cast<unsigned char>(words[k + 1][0])));
            const std::string& move = words[k + 2];
            const bool change = move.size() >= 2 && move.back() == '%' &&
                                (move[0] == '+' || move[0] == '-' || move.rfind("\xE2\x88\x92", 0) == 0);
            quotes += symbol && price && change ? 1 : 0;
        }
        if (quotes >= 3) return true;
    }
    // A wire's list of the listed companies a story names, at its foot: "Companies in this story: (TSX:SHOP, TSX:CNQ,
    // TSX:RY)", exchange and ticker joined by a colon, two at least, few other words.
    // (Not a market report's sentence that names them, "Amazon (NASDAQ:AMZN) rose, Tesla (NASDAQ:TSLA) fell.": a verb in small
    // letters; the list's label, "Companies in this story:", or names alone.)
    {
        std::size_t codes = 0, others = 0;
        bool smallWords = false;
        for (std::string w : splitWords(trimmed)) {
            while (!w.empty() && std::string("(),;.").find(w.front()) != std::string::npos) w.erase(0, 1);
            while (!w.empty() && std::string("(),;.").find(w.back()) != std::string::npos) w.pop_back();
            const std::size_t colon = w.find(':');
            const bool code = colon != std::string::npos && colon >= 2 && colon <= 6 && colon + 1 < w.size() && w.size() - colon - 1 <= 6 &&
                              std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ':' || c == '.'; });
            (code ? codes : others) += 1;
            smallWords = smallWords || (!code && !w.empty() && std::islower(static_cast<unsigned char>(w[0])) && w != "and");
        }
        if (codes >= 2 && others <= 4 && (!smallWords || lowerTrimmed.rfind("companies", 0) == 0)) return true;
    }
    // A comments button with its count: "View Comments (23)", "Read 23 comments".
    if (wordCount <= 5 && startsWithAnyOf(lowerTrimmed, {"view ", "read ", "show ", "see "}) &&
        (lowerTrimmed.find(" comments") != std::string::npos || lowerTrimmed.find(" comment") != std::string::npos) &&
        trimmed.find_first_of(".!?") == std::string::npos) {
        return true;
    }
    // A button to follow a writer, its line alone: "+ Get alerts for Hannah Levitt-Oakes", "Follow the authors".
    {
        std::string button = lowerTrimmed;
        while (!button.empty() && (button[0] == '+' || button[0] == ' ')) button.erase(0, 1);
        if (wordCount <= 8 && startsWithAnyOf(button, {"get alerts for ", "follow the author", "get email alerts"}) &&
            trimmed.find_first_of(".!?") == std::string::npos) {
            return true;
        }
    }
    // A forum's and a link aggregator's lines around the posts: "submitted 6 hours ago by someone",
    // "Post by ZwedruMama » Thu Feb 20, 2025 9:02 am", a reply's title "Re: Lone Star beat Bissau 2-1!!!",
    // a shared pad's welcome.
    if ((lowerTrimmed.rfind("submitted ", 0) == 0 && lowerTrimmed.find(" ago by ") != std::string::npos && wordCount <= 12) ||
        (lowerTrimmed.rfind("post by ", 0) == 0 && trimmed.find("\xC2\xBB") != std::string::npos && wordCount <= 16) ||
        (lowerTrimmed.rfind("re: ", 0) == 0 && wordCount <= 15) || lowerTrimmed.rfind("welcome to etherpad", 0) == 0 ||
        lowerTrimmed.find("this pad text is synchronized") != std::string::npos || isSpeakerStampLine(trimmed)) {
        return true;
    }
    // A forum member's card on one line, XenForo's: "Joined Mar 2019 Messages 1,204 Reaction score 388
    // Location Half Tree Hollow"; its post's buttons, "Like Reply Report", and a quote's fold, "Click to expand...".
    const auto memberCard = [&] {
        if (lowerTrimmed.rfind("joined ", 0) != 0 || lowerTrimmed.find(" messages ") == std::string::npos || wordCount > 16) return false;
        const std::vector<std::string> words = splitWords(lowerTrimmed);
        static const std::string kMonths = " jan feb mar apr may jun jul aug sep oct nov dec ";
        return words.size() >= 4 && words[1].size() == 3 && kMonths.find(" " + words[1] + " ") != std::string::npos && words[2].size() == 4 &&
               words[2].find_first_not_of("0123456789") == std::string::npos;
    };
    if (memberCard() ||
        lowerTrimmed == "like reply report" || lowerTrimmed == "click to expand..." || lowerTrimmed == "click to expand\xE2\x80\xA6" ||
        (lowerTrimmed.rfind("reactions: ", 0) == 0 && wordCount <= 12)) {
        return true;
    }
    // A forum member's card beside a post: "Posts: 388", "Joined: Wed Feb 03, 2021 8:17 pm", "Beiträge: 12".
    if (wordCount <= 8) {
        for (const char* key : {"posts:", "joined:", "beitr\xC3\xA4ge:", "registriert:", "mensajes:", "registrado:", "messaggi:",
                                "iscritto il:", "messages:", "inscrit le:", "berichten:", "lid sinds:", "reputation:", "likes received:"}) {
            if (lowerTrimmed.rfind(key, 0) == 0 && lowerTrimmed.find_first_of("0123456789") != std::string::npos) return true;
        }
    }
    // "Press release ref: WDC/PR/2026/087", "Our ref: PR 412": a release's own reference, a code after its label.
    if (wordCount <= 6 && startsWithAnyOf(lowerTrimmed, {"press release ref", "news release ref", "our ref", "ref:", "ref.:", "release no",
                                                           "press release no", "press release number"}) &&
        lowerTrimmed.find_first_of("0123456789") != std::string::npos) {
        return true;
    }
    // "SUBSCRIBE: Get unlimited digital access for 99¢": an offer under its label in capitals.
    if (wordCount <= 25 && startsWithAnyOf(trimmed, {"SUBSCRIBE:", "SUBSCRIBE NOW", "SIGN UP:", "SIGN UP NOW", "JOIN NOW:", "SUSCR\xC3\x8D" "BETE",
                                                     "ABONNIEREN:", "ABONNEZ-VOUS", "ABBONATI", "ASSINE:"})) {
        return true;
    }
    // "ÚLTIMA HORA · El Supremo admite …", "BREAKING | …": a ticker's line, its label and a bullet or a bar.
    for (const char* label : {"\xC3\x9ALTIMA HORA", "BREAKING NEWS", "BREAKING", "EN DIRECT", "EN VIVO", "AO VIVO", "EILMELDUNG", "ULTIM'ORA",
                              "ULTIMA ORA", "LIVE"}) {
        const std::size_t n = std::strlen(label);
        if (wordCount <= 30 && trimmed.rfind(label, 0) == 0 &&
            (trimmed.compare(n, 4, " \xC2\xB7 ") == 0 || trimmed.compare(n, 3, " | ") == 0 || trimmed.compare(n, 6, " \xE2\x80\xA2 ") == 0)) {
            return true;
        }
    }
    // "(rzp/dna)", "(tv)": an editor's initials closing a story.
    if (trimmed.size() >= 4 && trimmed.size() <= 24 && trimmed.front() == '(' && trimmed.back() == ')' &&
        trimmed.find_first_not_of("abcdefghijklmnopqrstuvwxyz/", 1) == trimmed.size() - 1) {
        return true;
    }
    // "dvg/rmlgv", "ls/mel/dga": the desk's initials alone on the story's last line, two groups at least, one of them
    // no word ("and/or" is words).
    // ("mcm/LL": the writer's in small letters, the editor's in capitals, as a Mexican paper signs; not "AC/DC", all capitals,
    // nor "km/h", a letter alone.)
    if (trimmed.size() >= 5 && trimmed.size() <= 24 && trimmed.find('/') != std::string::npos && trimmed.front() != '/' && trimmed.back() != '/' &&
        trimmed.find("//") == std::string::npos &&
        trimmed.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/") == std::string::npos) {
        // (The group without a vowel is one in small letters: "HR/payroll", "TV/radio" are words and an acronym.)
        bool vowelless = false, small = false, lone = false;
        for (std::size_t from = 0; from <= trimmed.size();) {
            const std::size_t slash = std::min(trimmed.find('/', from), trimmed.size());
            const std::string group = trimmed.substr(from, slash - from);
            const bool lowerGroup = group.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
            vowelless = vowelless || (lowerGroup && group.find_first_of("aeiouy") == std::string::npos);
            small = small || lowerGroup;
            const bool mixed = group.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos &&
                               group.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos;
            lone = lone || group.size() < 2 || mixed;
            from = slash + 1;
        }
        if (vowelless && small && !lone) return true;
    }
    // "/jpv": the same after a slash.
    if (trimmed.size() >= 3 && trimmed.size() <= 12 && trimmed.front() == '/' &&
        trimmed.find_first_not_of("abcdefghijklmnopqrstuvwxyz/") == std::string::npos) {
        return true;
    }
    // The same in any script: "/ساحل/", an agency's closing slug between slashes, and "ع خ / س ح", the
    // editors' initials, letters alone parted by spaces and a slash (four words at most, a slash in them).
    if (trimmed.size() <= 40 && trimmed.find('/') != std::string::npos && wordCount <= 5 && lowerTrimmed.find("http") == std::string::npos) {
        const std::vector<std::string> words = splitWords(trimmed);
        const bool slug = trimmed.front() == '/' && trimmed.back() == '/' && words.size() == 1 && trimmed.size() >= 4;
        const bool initials = words.size() >= 3 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
            if (w == "/") return true;
            std::size_t i = 0;
            const char32_t c = nextCodePoint(w, i);
            return i == w.size() && u_isalpha(static_cast<UChar32>(c)) && c >= 0x80;
        });
        if (slug || initials) return true;
    }
    // A wire's transmission: "ZCZC" and "NNNN" around a story, and its slug line, "r  BC-USA-FED/RATES 3RDLD
    // (UPDATE 3)": priority and category letters, the slug's capitals joined by hyphens and slashes, its
    // version in capitals.
    if (trimmed == "ZCZC" || trimmed == "NNNN") return true;
    // (A short line's words, split once for the rules below that read them one by one.)
    const std::vector<std::string> words = wordCount <= 8 ? splitWords(trimmed) : std::vector<std::string>{};
    if (wordCount <= 8) {
        std::size_t k = 0;
        while (k < words.size() && words[k].size() == 1 && std::islower(static_cast<unsigned char>(words[k][0]))) ++k;
        // (Known by its priority letters before it, its "BC-", or a version word after it: a headline in
        // capitals may open on a hyphenated word, "HIT-AND-RUN DRIVER SOUGHT".)
        bool version = false;
        for (std::size_t v = k + 1; v < words.size(); ++v) {
            const std::string& w = words[v];
            version = version || w.find("LD") != std::string::npos || w == "URGENT" || w == "ADVISORY" || w == "WRITETHRU" ||
                      w == "(UPDATE" || w == "UPDATE" || w == "CORRECTED" || w == "REFILE";
        }
        if (k < words.size() && (k > 0 || words[k].rfind("BC-", 0) == 0 || version)) {
            const std::string& slug = words[k];
            std::size_t joins = 0;
            bool capitals = true;
            for (const char c : slug) {
                joins += c == '-' || c == '/';
                capitals = capitals && !std::islower(static_cast<unsigned char>(c));
            }
            const bool rest = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, words.end(), [](const std::string& w) {
                return std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
            });
            // (No dot in it: "U.S.-CHINA-TRADE TALKS RESUME" is a headline in capitals.)
            if (capitals && rest && (slug.rfind("BC-", 0) == 0 || joins >= 2) && slug.size() >= 6 && slug.find('.') == std::string::npos &&
                std::count_if(slug.begin(), slug.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) >= 4) {
                return true;
            }
        }
    }
    // "[1] Datos del Plan de Emergencia…": a note under the text, its number in brackets first.
    if (trimmed.size() > 4 && trimmed[0] == '[' && std::isdigit(static_cast<unsigned char>(trimmed[1])) && wordCount <= 30) {
        const std::size_t close = trimmed.find(']');
        if (close != std::string::npos && close <= 4 && trimmed.find_first_not_of("0123456789", 1) == close && close + 1 < trimmed.size() &&
            trimmed[close + 1] == ' ') {
            return true;
        }
    }
    // A writer's contact line after the story: "Dana Whitcombe can be reached at dw@… or 352-…", "Tagline: …"
    // (an address or a telephone's seven figures at least: "The summit can be reached at 4,000 metres").
    if (wordCount <= 30 && (lowerTrimmed.rfind("tagline:", 0) == 0 || ((lowerTrimmed.find(" can be reached at ") != std::string::npos ||
                                                                       lowerTrimmed.find(" can be reached by ") != std::string::npos ||
                                                                       lowerTrimmed.find(" can be contacted at ") != std::string::npos) &&
                                                                      (trimmed.find('@') != std::string::npos ||
                                                                       std::count_if(trimmed.begin(), trimmed.end(), [](char c) {
                                                                           return std::isdigit(static_cast<unsigned char>(c));
                                                                       }) >= 7)))) {
        return true;
    }
    // A book's imprint: "ISBN: 978-…", "Depósito legal: M-8.714-2024", "Primera edición: abril de 2024" (a
    // field and its colon: "First edition copies sold out" is news).
    if (wordCount <= 12) {
        const std::string lower = lowerUtf8(trimmed);
        if (lower.rfind("isbn", 0) == 0 || lower.rfind("issn", 0) == 0) return true;
        for (const char* imprint : {"d\xC3\xA9p\xC3\xB4t l\xC3\xA9gal", "dep\xC3\xB3sito legal", "primera edici\xC3\xB3n", "first edition",
                                    "premi\xC3\xA8re \xC3\xA9" "dition", "erste auflage", "prima edizione", "primeira edi\xC3\xA7\xC3\xA3o"}) {
            const std::size_t n = std::strlen(imprint);
            if (lower.rfind(imprint, 0) == 0 && lower.size() > n + 1 && (lower[n] == ':' || lower.compare(n, 2, " :") == 0)) return true;
        }
    }
    // A printed page's running head, its book's or author's name in capitals with the page's number at
    // one end: "CRÓNICAS DEL AGUA 57", "58 LUCÍA ARRIETA SANZ".
    // (The page's number under a thousand, not a year, with three words at least: "2024 IN REVIEW", "WORLD
    // CUP 2026" and "THE BEST 50" are headlines.)
    if (wordCount >= 4 && wordCount <= 8 && !words.empty()) {
        const auto number = [](const std::string& w) { return w.size() <= 3 && w.find_first_not_of("0123456789") == std::string::npos; };
        const bool first = number(words.front()), last = number(words.back());
        // (Nor a day beside its month: "SUNNYSIDE POOL TO REOPEN JUNE 14", "14 JUNE: POOL REOPENS".)
        const bool day = first ? parseDate(words[0] + " " + words[1] + " 2000").has_value()
                               : last && parseDate(words[words.size() - 2] + " " + words.back() + ", 2000").has_value();
        if (first != last && !day) {
            bool lower = false, letters = false;
            for (std::size_t k = first ? 1 : 0; k < words.size() - (last ? 1 : 0) && !lower; ++k) {
                for (std::size_t at = 0; at < words[k].size() && !lower;) {
                    const auto c = static_cast<UChar32>(nextCodePoint(words[k], at));
                    letters = letters || u_isalpha(c);
                    lower = u_islower(c) || u_isdigit(c);
                }
            }
            if (letters && !lower) return true;
        }
    }
    // "Page 1 of 3", "Seite 2 von 5", "Página 1 de 3": a document's or a split story's page count.
    if (wordCount == 4 && words.size() == 4) {
        const auto number = [](const std::string& w) { return !w.empty() && w.find_first_not_of("0123456789") == std::string::npos; };
        const std::string page = lowerAscii(words[0]), of = lowerAscii(words[2]);
        for (const auto& [p, o] : {std::pair<const char*, const char*>{"page", "of"}, {"seite", "von"}, {"p\xC3\xA1gina", "de"},
                                   {"pagina", "di"}, {"pagina", "van"}, {"page", "sur"}, {"sida", "av"}, {"side", "af"}, {"side", "av"}}) {
            if (page == p && number(words[1]) && of == o && number(words[3])) return true;
        }
    }
    // "Listen on Apple Podcasts, Spotify or wherever you get your podcasts": a podcast's platforms, a line
    // that opens by asking to listen or subscribe there ("The series, available wherever you get your
    // podcasts, has…" is a story's sentence).
    if (wordCount <= 25 && (lowerTrimmed.rfind("listen on ", 0) == 0 || lowerTrimmed.rfind("listen now on ", 0) == 0 ||
                            lowerTrimmed.rfind("subscribe on ", 0) == 0 || lowerTrimmed.rfind("subscribe to ", 0) == 0 ||
                            lowerTrimmed.rfind("follow us on ", 0) == 0 || lowerTrimmed.rfind("listen and subscribe", 0) == 0 ||
                            lowerTrimmed.rfind("available on ", 0) == 0) &&
        (lowerTrimmed.find("wherever you get your podcasts") != std::string::npos || lowerTrimmed.find("apple podcasts") != std::string::npos ||
         lowerTrimmed.find("pocket casts") != std::string::npos || lowerTrimmed.find("youtube music") != std::string::npos ||
         (lowerTrimmed.find("spotify") != std::string::npos && lowerTrimmed.find("podcast") != std::string::npos))) {
        return true;
    }
    // "Continued on Page 4", "From Page 1", "Fortsetzung auf Seite 15": a printed page's jump line.
    if (wordCount <= 6 && !trimmed.empty() && std::isdigit(static_cast<unsigned char>(trimmed.back()))) {
        for (const char* jump : {"continued on page", "continued from page", "from page", "see page", "turn to page", "fortsetzung auf seite",
                                 "fortsetzung von seite", "suite en page", "suite page", "segue a pagina", "continua a pagina",
                                 "contin\xC3\xBA" "a en la p\xC3\xA1gina", "continua na p\xC3\xA1gina", "vervolg op pagina"}) {
            if (lowerTrimmed.rfind(jump, 0) == 0) return true;
        }
    }
    // A betting page's notice on problem gambling: "If you or someone you know has a gambling problem, call 1-800-GAMBLER".
    // (Its helpline or age limit with it: "One in ten young men now has a gambling problem" is news.)
    if (wordCount <= 60) {
        const bool line = lowerTrimmed.find("1-800-gambler") != std::string::npos || lowerTrimmed.find("begambleaware") != std::string::npos;
        const bool topic = lowerTrimmed.find("gambling problem") != std::string::npos || lowerTrimmed.find("gamble responsibly") != std::string::npos ||
                           lowerTrimmed.find("gambling help") != std::string::npos || lowerTrimmed.find("jeu responsable") != std::string::npos ||
                           lowerTrimmed.find("juego responsable") != std::string::npos || lowerTrimmed.find("gioco responsabile") != std::string::npos;
        const bool helpline = lowerTrimmed.find("call ") != std::string::npos || lowerTrimmed.find("21+") != std::string::npos ||
                              lowerTrimmed.find("18+") != std::string::npos || lowerTrimmed.find("helpline") != std::string::npos ||
                              lowerTrimmed.find("www.") != std::string::npos || lowerTrimmed.find("llame") != std::string::npos ||
                              lowerTrimmed.find("appelez") != std::string::npos;
        if (line || (topic && helpline)) return true;
    }
    // "kimjh@hanbit.example.co.kr": a reporter's address alone on a line.
    if (wordCount == 1 && trimmed.find('@') != std::string::npos && trimmed.find('.') != std::string::npos && trimmed.find("//") == std::string::npos) {
        return true;
    }
    // "Guten Morgen,", "Dear readers,", "Hi all,", "Good morning, Dana!": a newsletter's or a letter's
    // salutation, on its own line.
    if (wordCount <= 5 && !trimmed.empty() && (trimmed.back() == ',' || trimmed.back() == '!')) {
        const std::string lower = lowerUtf8(trimmed);
        for (const char* greeting : {"good morning", "morning", "good evening", "good afternoon", "hi ", "hi,", "hello", "dear ", "hey",
                                     "guten morgen", "guten abend", "guten tag", "hallo", "liebe ", "lieber ", "bonjour", "bonsoir",
                                     "cher ", "chers ", "ch\xC3\xA8re", "hola", "buenos d\xC3\xAD" "as", "queridos", "queridas",
                                     "estimados", "buongiorno", "buonasera", "ciao", "cari ", "care ", "bom dia", "boa tarde",
                                     "ol\xC3\xA1", "caros", "caras", "goedemorgen", "goedemiddag", "beste ", "hej", "god morgon",
                                     "dzie\xC5\x84 dobry", "drodzy"}) {
            if (lower.rfind(greeting, 0) == 0) return true;
        }
    }
    // "Gemeente Zaanwijk | Afdeling Communicatie", "City of Halden · Press Office": the sender of a press
    // release over it, an organisation and its communications department.
    if (wordCount <= 10 && (trimmed.find(" | ") != std::string::npos || trimmed.find(" \xC2\xB7 ") != std::string::npos) &&
        trimmed.find_first_of(".!?") == std::string::npos) {
        const std::string lower = lowerUtf8(trimmed);
        for (const char* office : {"communicatie", "communications", "communication", "press office", "pressestelle", "kommunikation",
                                   "comunicaci\xC3\xB3n", "comunicazione", "comunica\xC3\xA7\xC3\xA3o", "media relations", "persdienst",
                                   "service de presse", "gabinete de prensa", "ufficio stampa", "pressekontakt", "kommunikasjon"}) {
            if (lower.find(office) != std::string::npos) return true;
        }
    }
    // "[Gambas:Video Warta]", "[embed:poll]": a placeholder of the page's publishing system (no sentence in
    // it: "[Alden: He's a good roommate, too.]" is a chat message the story quotes).
    if (trimmed.size() >= 5 && trimmed.front() == '[' && trimmed.back() == ']' && trimmed.find(':') != std::string::npos &&
        countWords(trimmed) <= 5 && trimmed.find_first_of(".,!?'\"") == std::string::npos) {
        return true;
    }
    // "($1 = 129.50 Kenyan shillings)", "(€1 = $1.08)": a wire's rate of exchange for the figures above.
    if (trimmed.size() > 8 && trimmed.front() == '(' && trimmed.back() == ')' && trimmed.find(" = ") != std::string::npos &&
        countWords(trimmed) <= 10 && (trimmed.compare(1, 2, "$1") == 0 || trimmed.compare(1, 3, "\xC2\xA3" "1") == 0 ||
                                      trimmed.compare(1, 4, "\xE2\x82\xAC" "1") == 0 || trimmed.compare(1, 3, "\xC2\xA5" "1") == 0 ||
                                      trimmed.compare(1, 2, "1 ") == 0)) {
        return true;
    }
    // "(SOUNDBITE OF SCHOOL BELL)", "(LAUGHTER)", "[CROSSTALK]": a transcript's cue of what is heard, a
    // line of its own in capitals within brackets; nothing to read aloud.
    // ("(UNDERSTATEMENT OF THE YEAR)" is a writer's aside: only the cues' own words.)
    if (trimmed.size() >= 4 && ((trimmed.front() == '(' && trimmed.back() == ')') || (trimmed.front() == '[' && trimmed.back() == ']')) &&
        countWords(trimmed) <= 10 && std::none_of(trimmed.begin(), trimmed.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
        const std::string cue = trimmed.substr(1);
        for (const char* word : {"SOUNDBITE", "SOUND OF", "MUSIC", "LAUGHTER", "LAUGHS", "APPLAUSE", "CROSSTALK", "INAUDIBLE",
                                 "UNINTELLIGIBLE", "BEGIN VIDEO", "END VIDEO", "BEGIN AUDIO", "END AUDIO", "BEGIN CLIP", "END CLIP",
                                 "CHEERING", "SILENCE", "FOREIGN LANGUAGE", "SPEAKING", "COMMERCIAL BREAK", "ARCHIVED RECORDING",
                                 "NATURAL SOUND", "NAT SOUND", "SOT", "VO", "SIGHS", "BREAK"}) {
            if (cue.rfind(word, 0) == 0 && (cue.size() == std::strlen(word) || !std::isalpha(static_cast<unsigned char>(cue[std::strlen(word)])))) {
                return true;
            }
        }
    }
    // An embargo's line: "EMBARGOED UNTIL 06:00 BST WEDNESDAY", "Not for publication before …".
    // ("EMBARGO JUSQU'AU 15/05/2024 À 06H00", "SPERRFRIST: 12. Mai, 10 Uhr", "Embargo hasta las 00:01 horas": in the wire's
    // language.)
    if (wordCount <= 14 && (lowerTrimmed.rfind("embargoed until", 0) == 0 || lowerTrimmed.rfind("embargoed to", 0) == 0 ||
                            lowerTrimmed.rfind("under embargo", 0) == 0 || lowerTrimmed.rfind("not for publication", 0) == 0)) {
        return true;
    }
    // (The word alone opens a story's sentence too, "Embargo bis 2030: Die Ausfuhr … ist verboten.", "Embargo: la palabra que …":
    // the wire's line gives its day or hour and ends on no full stop.)
    if (wordCount <= 14 && trimmed.find_first_of("0123456789") != std::string::npos && trimmed.back() != '.' &&
        startsWithAnyOf(lowerTrimmed, {"embargo until", "embargo:", "embargo jusqu", "embargo hasta", "embargo fino", "embargo tot",
                                       "embargo at\xC3\xA9", "sperrfrist", "embargo bis"})) {
        return true;
    }
    if (isCitation(trimmed)) return true;
    // "NEWS PROVIDED BY Acme Robotics, Inc.": a release service's line over the release it carries.
    if (wordCount <= 10 && lowerTrimmed.rfind("news provided by ", 0) == 0) return true;
    // "[sharethis-inline-buttons]", "[contact-form-7 id="12"]": a plugin's shortcode left in an export,
    // a name in lower case joined by hyphens or underscores.
    if (trimmed.size() >= 5 && trimmed.front() == '[' && trimmed.back() == ']') {
        std::size_t k = 1;
        while (k < trimmed.size() && (std::islower(static_cast<unsigned char>(trimmed[k])) || std::isdigit(static_cast<unsigned char>(trimmed[k])) ||
                                      trimmed[k] == '-' || trimmed[k] == '_')) {
            ++k;
        }
        const std::string name = trimmed.substr(1, k - 1);
        if (k < trimmed.size() && (trimmed[k] == ']' || trimmed[k] == ' ') && name.find_first_of("-_") != std::string::npos && name.size() >= 4) {
            return true;
        }
    }
    // "[NEWSLETTER MODULE: sign-up box goes here]", "[LINK to our 2023 story]", "[PHOTO]": a draft's note of
    // what the page will put there, its first word in capitals ("[Alden: He's a good roommate.]" is a quote).
    if (trimmed.size() >= 4 && trimmed.front() == '[' && trimmed.back() == ']' && countWords(trimmed) <= 30) {
        std::size_t k = 1, capitals = 0;
        while (k < trimmed.size() && std::isupper(static_cast<unsigned char>(trimmed[k]))) ++k, ++capitals;
        if (capitals >= 2 && k < trimmed.size() && (trimmed[k] == ' ' || trimmed[k] == ':' || trimmed[k] == ']')) return true;
    }
    // "ART: Photo of the drained pool", "CAPTION: The empty pool…", "HED: …": a draft's production notes,
    // their labels in capitals.
    for (const char* label : {"ART:", "CAPTION:", "CUTLINE:", "HED:", "DEK:", "SUBHED:", "PULLQUOTE:", "PULL QUOTE:", "SIDEBAR:",
                              "PHOTO:", "VIDEO:", "GRAPHIC:", "ART NOTE:", "WEB:", "SEO:"}) {
        if (trimmed.rfind(label, 0) == 0) return true;
    }
    // A document's review marks copied with its text: "Suggested edit by Sara Lind: … — ACCEPTED", "Deleted
    // text (Sara Lind): …", "Comment from …:", and a desk's note in brackets, "[Pic desk: use the library shot]".
    for (const char* mark : {"suggested edit by ", "suggestion by ", "deleted text", "inserted text", "comment from ", "resolved comment",
                             "tracked change", "[pic desk", "[photo desk", "[picture desk", "[art desk", "[design:", "[graphics:",
                             "[note to ", "[nb:", "[nb "}) {
        if (lowerTrimmed.rfind(mark, 0) == 0) return true;
    }
    // A radio script's cues: a clip's in and out words with its duration ("IN: … OUT: … DUR: 0:21"), and a
    // reader's name in brackets on its own line ("(ANNA)").
    for (const char* cue : {"IN:", "OUT:", "DUR:", "CUE:", "TRT:", "RUNS:", "RUNTIME:"}) {
        if (trimmed.rfind(cue, 0) == 0 && wordCount <= 16) return true;
    }
    // (And an item's slug over its copy, in capitals: "STORY 1: HOSPITAL STRIKE", "ITEM 3: COURT", "PKG: FLOODS".)
    for (const char* slug : {"STORY ", "ITEM ", "PKG", "VO/SOT", "SOT:", "VO:", "OOV:", "READER:", "WRAP:"}) {
        const std::size_t colon = trimmed.find(':');
        if (trimmed.rfind(slug, 0) == 0 && colon != std::string::npos && colon <= 12 && wordCount <= 8 &&
            std::none_of(trimmed.begin(), trimmed.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
            return true;
        }
    }
    if (trimmed.size() >= 4 && trimmed.size() <= 24 && trimmed.front() == '(' && trimmed.back() == ')' && wordCount <= 2 &&
        std::none_of(trimmed.begin(), trimmed.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); })) {
        return true;
    }
    // A subtitle's or a script's sound, a line of its own in brackets: "(Générique)", "(Brouhaha)", "(Rires)".
    if (trimmed.size() >= 4 && trimmed.size() <= 40 && trimmed.front() == '(' && trimmed.back() == ')' && wordCount <= 3 &&
        trimmed.find_first_of("0123456789.,;:") == std::string::npos && trimmed.find(')') == trimmed.size() - 1 &&
        (std::isupper(static_cast<unsigned char>(trimmed[1])) || static_cast<unsigned char>(trimmed[1]) >= 0xC3)) {
        return true;
    }
    // "[SUBS: please check the title]", "[EDS: updates with quote]", "[TK]": an editor's note in brackets; a draft's too, to a
    // colleague or the desk, "[Comment from Marcus: can we get …]", "[[NEED PHOTO of Lincoln — ask photo desk]]", or signed
    // with initials ("… — JK]"); and one in round brackets that a desk's label opens, "(Suggested: add sidebar … — ML)".
    const bool squared = trimmed.size() >= 4 && trimmed.front() == '[' && trimmed.back() == ']';
    const bool rounded = trimmed.size() >= 4 && trimmed.front() == '(' && trimmed.back() == ')';
    if ((squared || rounded) && countWords(trimmed) <= 30) {
        std::string bare = trimmed.substr(1, trimmed.size() - 2);
        if (squared && bare.size() >= 2 && bare.front() == '[' && bare.back() == ']') bare = bare.substr(1, bare.size() - 2);
        const std::string inside = lowerAscii(bare);
        const std::string first = inside.substr(0, inside.find(' '));
        if (first == "tk" || first == "tk:" || first == "tktk" || first == "tk." || inside == "tk") return true;
        // (In round brackets the desk's labels only: "(Note: this account is a parody.)" is the writer's own aside.)
        for (const char* note : {"subs:", "subs ", "eds:", "suggested:", "note to desk", "note to editor"}) {
            if (inside.rfind(note, 0) == 0) return true;
        }
        if (squared) {
            for (const char* note : {"ed:", "ed note", "editor's note:", "editors:", "note:", "check:"}) {
                if (inside.rfind(note, 0) == 0) return true;
            }
            // (A story's bracket is the story's: "[Fact check: …]", "[Sidebar: How the plan …]", "[Add to that …]".)
            for (const char* note : {"comment from ", "comment:", "need photo", "needs photo", "need art", "photo to come", "art to come",
                                     "graphic to come", "legal:", "todo:", "to do:"}) {
                if (inside.rfind(note, 0) == 0) return true;
            }
            // (Signed with a colleague's initials after a dash, a note that opens in small letters, "[hold for legal review before
            // 6pm — JK]"; a quotation's speaker, "[“Injustice anywhere…” — MLK]", opens in capitals or a quote mark.)
            for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
                if (bare.empty() || !std::islower(static_cast<unsigned char>(bare[0]))) break;
                const std::size_t at = bare.rfind(dash);
                if (at == std::string::npos) continue;
                const std::string initials = bare.substr(at + std::strlen(dash));
                if (initials.size() >= 2 && initials.size() <= 3 &&
                    std::all_of(initials.begin(), initials.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; })) {
                    return true;
                }
            }
        }
    }
    // A feed item's field names left alone on their lines when it was saved as text: "Description:", "Content:".
    if (lowerTrimmed == "description:" || lowerTrimmed == "content:" || lowerTrimmed == "summary:" || lowerTrimmed == "content:encoded") return true;
    // A script's slug between dashes, "--- STORY 2: HOSPITAL ---", "=== WEATHER ===".
    if (wordCount <= 8 && trimmed.size() > 8 && ((trimmed.rfind("---", 0) == 0 && trimmed.compare(trimmed.size() - 3, 3, "---") == 0) ||
                                                 (trimmed.rfind("===", 0) == 0 && trimmed.compare(trimmed.size() - 3, 3, "===") == 0))) {
        return true;
    }
    // A wire's note to editors on its own line, "Eds: UPDATES with evacuation figures.", and the pictures
    // that go with the story, "With AP Photos.".
    if (wordCount <= 40 && (trimmed.rfind("Eds:", 0) == 0 || trimmed.rfind("EDS:", 0) == 0 || trimmed.rfind("EDITORS:", 0) == 0)) return true;
    // A newsroom's slug line over a draft: "SLUG: SCHOOLS-BUDGET // 650 wds // for Weds A1 // photo: TBD".
    if (wordCount <= 24 && lowerTrimmed.rfind("slug:", 0) == 0) return true;
    if (wordCount <= 5 && lowerTrimmed.rfind("with ", 0) == 0) {
        std::string rest = lowerTrimmed.substr(5);
        while (!rest.empty() && rest.back() == '.') rest.pop_back();
        for (const char* agency : {"ap ", "afp ", "reuters ", "upi "}) {
            if (rest.rfind(agency, 0) == 0) rest.erase(0, std::strlen(agency));
        }
        if (rest == "photo" || rest == "photos" || rest == "video" || rest == "graphic" || rest == "graphics" || rest == "photos, video" ||
            rest == "photo, video" || rest == "audio") {
            return true;
        }
    }
    // A writer's handle alone on its line, under the byline: "@JRennickFootball".
    if (wordCount == 1 && trimmed.size() > 2 && trimmed[0] == '@' &&
        std::all_of(trimmed.begin() + 1, trimmed.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; })) {
        return true;
    }
    // A clip's title with its running time: "Daklozen slapen buiten na sluiting opvang (01:47)".
    if (wordCount <= 16 && trimmed.size() > 8 && trimmed.back() == ')') {
        const std::size_t open = trimmed.rfind('(');
        const std::string inside = open == std::string::npos ? "" : trimmed.substr(open + 1, trimmed.size() - open - 2);
        if (inside.size() >= 4 && inside.size() <= 8 && inside.find(':') != std::string::npos &&
            inside.find_first_not_of("0123456789:") == std::string::npos) {
            return true;
        }
    }
    // "Beck reported from Seattle.": a wire's note of where a writer was, a line of its own.
    if (wordCount <= 7 && lowerTrimmed.find(" reported from ") != std::string::npos && trimmed.back() == '.') return true;
    // "Listen · 4:12 min", "Listen (3 min)": a player's label with its running time.
    if (wordCount <= 5 && lowerTrimmed.rfind("listen", 0) == 0 && trimmed.find_first_of("0123456789") != std::string::npos) return true;
    // A consent notice: cookies and what the reader may do about them, however long its legal text runs.
    if (wordCount <= 120) {
        const std::string l = lowerAscii(line);
        if (l.find("cookie") != std::string::npos &&
            (l.find("consent") != std::string::npos || l.find("partners") != std::string::npos || l.find("accett") != std::string::npos ||
             l.find("acconsent") != std::string::npos || l.find("akzept") != std::string::npos || l.find("acept") != std::string::npos ||
             l.find("zustimm") != std::string::npos || l.find("rifiuta") != std::string::npos ||
             l.find("preferences") != std::string::npos || l.find("accept") != std::string::npos ||
             l.find("personalis") != std::string::npos || l.find("personaliz") != std::string::npos)) {
            return true;
        }
        // (Where a language has its own word for them: Turkish "çerez", Swedish "kakor", Polish "ciasteczka".)
        if (l.find("\xC3\xA7" "erez") != std::string::npos || l.find("\xC3\x87" "erez") != std::string::npos ||
            l.find("kakor") != std::string::npos || l.find("ciasteczk") != std::string::npos) {
            const std::string u = lowerUtf8(line);
            for (const char* choice : {"kabul", "kvkk", "ayarlar", "godk\xC3\xA4nn", "acceptera", "inst\xC3\xA4llningar", "akceptuj",
                                       "zgod", "ustawienia"}) {
                if (u.find(choice) != std::string::npos) return true;
            }
        }
    }
    // A broadcast's or a stream's service note under its label alone, naming where: "How to watch? You can watch the Cup on
    // … YouTube". (A guide's heading names what is watched, "How to watch the Super Bowl: TV channel …", and is a story's.)
    static const char* const kWatchedOn[] = {"youtube", "twitch", "channel", "channels", "stream", "streamed", "streaming", "tv", "broadcast",
                                             "app", "pay-per-view", "radio", "podcast"};
    if (wordCount <= 60 && startsWithAnyOf(lowerTrimmed, {"how to watch?", "how to watch:", "where to watch?", "where to watch:", "how to stream?",
                                                         "how to stream:", "how to listen?", "how to listen:", "where to listen?", "where to listen:"})) {
        const std::vector<std::string> said = splitWords(lowerTrimmed);
        for (const std::string& w : said) {
            std::string bare = w;
            while (!bare.empty() && std::ispunct(static_cast<unsigned char>(bare.back()))) bare.pop_back();
            if (std::any_of(std::begin(kWatchedOn), std::end(kWatchedOn), [&](const char* c) { return bare == c; })) return true;
        }
    }
    // (A subscription's pitch runs longer: "Subscribe to INQUIRER PLUS to get access to …", see isCallToAction.)
    if (wordCount <= 60 && startsWithAnyOf(lowerTrimmed, {"subscribe ", "become a subscriber", "get unlimited access", "get full access"}) &&
        isCallToAction(line)) {
        return true;
    }
    // (A sign-up box's small print, however long: "Privacy Notice: Newsletters may contain info about charities … We use Google
    // reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.")
    // (A comments box's notice: "We have migrated to a new commenting platform. If you are already a registered user …". Not
    // one a story reports: "The Guardian said it had moved readers to a new commenting platform …".)
    if (wordCount <= 80 &&
        (lowerTrimmed.rfind("privacy notice:", 0) == 0 || lowerTrimmed.rfind("we have migrated to a new commenting platform", 0) == 0 ||
         (lowerTrimmed.find("recaptcha") != std::string::npos && lowerTrimmed.find("privacy policy") != std::string::npos)) &&
        !containsAnyOf(lowerTrimmed, {" said", " says", " told", "according to", " critics"})) {
        return true;
    }
    // An analysts' standing note on their method, with its pointer to the endnotes: "Note: ISW does not receive any classified
    // material from any source, uses only publicly available information, … References to all sources used are provided in the
    // endnotes of each update."
    if (wordCount <= 80 && lowerTrimmed.rfind("note:", 0) == 0 && containsAnyOf(lowerTrimmed, {"classified material", "publicly available information"}) &&
        (containsAnyOf(lowerTrimmed, {"endnotes", "footnotes", "sources used", "open-source", "open source"}) ||
         (lowerTrimmed.find("classified material") != std::string::npos && lowerTrimmed.find("publicly available") != std::string::npos))) {
        return true;
    }
    if (wordCount > 25) return false;
    // A publication's offer of itself: "Get 50% off Nation ePaper for 3 months." (A deals story's "Get 50% off the Dyson V15
    // at Currys" offers no subscription.)
    if (startsWithAnyOf(lowerTrimmed, {"get ", "save ", "enjoy ", "try ", "grab ", "claim ", "unlock ", "start your "}) && namesAnOffer(lowerTrimmed) &&
        containsAnyOf(lowerTrimmed, {"subscri", "epaper", "e-paper", "digital access", "unlimited access", "membership", "premium access",
                                     "print edition", "digital edition"})) {
        return true;
    }
    const std::string lower = lowerAscii(line);
    // "[https://…/ab12cd.jpeg]", "<https://example.com/p/story>": an address alone, where an email put a
    // picture or a link.
    {
        std::string bare = trimmed;
        // ("Share [https://…]", "Visit https://…": a label of a word or two before it.)
        if (const std::size_t http = bare.find("http"); http != std::string::npos && http > 0 && countWords(bare.substr(0, http)) <= 2 &&
                                                        bare.find_first_of(".!?", 0) > http) {
            bare = collapseWhitespace(bare.substr(http - (bare[http - 1] == '[' || bare[http - 1] == '<' || bare[http - 1] == '(' ? 1 : 0)));
        }
        if (bare.size() > 2 && ((bare.front() == '[' && bare.back() == ']') || (bare.front() == '<' && bare.back() == '>') ||
                                (bare.front() == '(' && bare.back() == ')'))) {
            bare = bare.substr(1, bare.size() - 2);
        }
        if ((bare.rfind("http://", 0) == 0 || bare.rfind("https://", 0) == 0) && bare.find(' ') == std::string::npos) return true;
    }
    // "(Updates with share move in fifth paragraph.)", "(Adds comment from minister)": a wire's note of
    // what changed in this version.
    if (trimmed.size() > 10 && trimmed.front() == '(' && trimmed.back() == ')') {
        const std::string inside = lowerAscii(trimmed.substr(1));
        for (const char* note : {"updates ", "adds ", "corrects ", "recasts ", "refiles ", "changes ", "rewrites ", "updates,",
                                 // (a note to the editors: "(ATTN: UPDATES with closing figures, details in paras 1-6, 9)")
                                 "attn:", "attn ", "eds:", "eds note", "editors:", "editors note",
                                 // the same note in the languages readcast reads most: "(Dit bericht is aangevuld met
                                 // reacties)", "(Meldung aktualisiert)", "(Actualisé avec …)", "(Aggiornato con …)"
                                 "dit bericht is aangevuld", "dit bericht is bijgewerkt", "dit bericht is aangepast", "dit bericht werd aangevuld",
                                 "dit bericht werd bijgewerkt", "meldung aktualisiert", "aktualisiert mit", "neu: ", "actualis\xC3\xA9",
                                 "mise \xC3\xA0 jour", "aggiornato con", "aggiornato alle", "actualizado con", "actualiza con",
                                 "atualizado com", "atualiza com", "denna artikel har uppdaterats", "uppdaterad med",
                                 "artikkelen er oppdatert", "artiklen er opdateret"}) {
            // (A note is short; a bracket of news, "(Aggiornamento: il bilancio è salito a tre …)", is the story's.)
            if (inside.rfind(note, 0) == 0 && (std::string_view(note).find(' ') != std::string_view::npos || wordCount <= 14)) return true;
        }
    }
    // "12.57 BST", "14:05", "9:32am ET", "Updated at 14.11 BST": a live page's time stamp on a line of its own.
    std::size_t stamp = 0;
    for (const char* label : {"updated at ", "updated ", "posted at ", "last updated ", "actualizado a las ", "mis \xC3\xA0 jour \xC3\xA0 "}) {
        if (lower.rfind(label, 0) == 0) {
            stamp = std::strlen(label);
            break;
        }
    }
    if (wordCount <= 3 + (stamp == 0 ? 0 : countWords(trimmed.substr(0, stamp))) && stamp < trimmed.size() &&
        std::isdigit(static_cast<unsigned char>(trimmed[stamp]))) {
        std::size_t k = stamp;
        while (k < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[k]))) ++k;
        // (Or "12h20", as French pages write a time.)
        if (k >= stamp + 1 && k <= stamp + 2 && k + 2 < trimmed.size() && (trimmed[k] == '.' || trimmed[k] == ':' || trimmed[k] == 'h') &&
            std::isdigit(static_cast<unsigned char>(trimmed[k + 1])) && std::isdigit(static_cast<unsigned char>(trimmed[k + 2]))) {
            std::string rest = lowerAscii(collapseWhitespace(trimmed.substr(k + 3)));
            if (rest.rfind("am", 0) == 0 || rest.rfind("pm", 0) == 0) rest = collapseWhitespace(rest.substr(2));
            bool zone = rest.size() <= 4;
            for (char c : rest) zone = zone && std::isalpha(static_cast<unsigned char>(c));
            if (zone) return true;
        }
    }
    // "Lecture 4 min.", "Lectura: 3 min", "Reading time: 6 minutes.": a reading time.
    if (wordCount <= 5 && (lower.rfind("lecture", 0) == 0 || lower.rfind("lectura", 0) == 0 || lower.rfind("lettura", 0) == 0 ||
                           lower.rfind("leitura", 0) == 0 || lower.rfind("reading time:", 0) == 0 || lower.rfind("read time:", 0) == 0 ||
                           lower.rfind("estimated reading time:", 0) == 0) &&
        lower.find("min") != std::string::npos && lower.find_first_of("0123456789") != std::string::npos) {
        return true;
    }
    if (isShareBar(lower) || isRelativeTime(lower)) return true;
    if (isRowOfShortItems(line)) return true;
    // "#noise #local-government": a line of tags and nothing else.
    // (Under a label of its own, "Tagi: #transport #wodór", in any language.)
    std::vector<std::string> tagWords = splitWords(line);
    if (tagWords.size() >= 2 && tagWords[0].size() > 1 && tagWords[0].back() == ':') tagWords.erase(tagWords.begin());
    bool tags = !tagWords.empty();
    for (const std::string& w : tagWords) {
        tags = tags && w.size() > 1 && w[0] == '#' && (std::isalpha(static_cast<unsigned char>(w[1])) || static_cast<unsigned char>(w[1]) >= 0xC3);
    }
    if (tags) return true;
    // "jm-kb/dch/swi": a French wire's desk signature, initials parted by slashes.
    if (trimmed.size() <= 30 && std::count(trimmed.begin(), trimmed.end(), '/') >= 2 &&
        trimmed.find_first_not_of("abcdefghijklmnopqrstuvwxyz-/") == std::string::npos && trimmed.front() != '/') {
        return true;
    }
    // "akw/ mhr/": a wire's editors' codes, each a few small letters and a slash.
    {
        const std::vector<std::string> codes = splitWords(line);
        bool editors = !codes.empty() && codes.size() <= 6;
        for (const std::string& w : codes) {
            editors = editors && w.size() >= 3 && w.size() <= 5 && w.back() == '/' &&
                      std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'a' && c <= 'z'; });
        }
        if (editors) return true;
    }
    // A blog's share and like boxes, labels alone on their lines: "Share this:", "Like this:", "Like
    // Loading…" ("Teilen mit:", "Gefällt mir Wird geladen …").
    {
        std::string label = lowerUtf8(trimmed);
        for (bool trimming = true; trimming && !label.empty();) {
            trimming = false;
            for (const char* tail : {":", " ", ".", "\xE2\x80\xA6"}) {
                if (label.size() >= std::strlen(tail) && label.compare(label.size() - std::strlen(tail), std::strlen(tail), tail) == 0) {
                    label.erase(label.size() - std::strlen(tail));
                    trimming = true;
                }
            }
        }
        static constexpr WordSet kLabels({
            "share this", "social sharing", "share on social", "teilen mit", "compartir esto", "partager", "condividi", "compartilhe isso", "compartilhe", "delen",
            "dela", "udost\xC4\x99pnij", "like this", "gef\xC3\xA4llt mir", "me gusta", "j\xE2\x80\x99" "aime", "j'aime",
            "mi piace", "curtir isso", "curtir", "vind ik leuk", "gilla", "loading", "like loading", "wird geladen",
            "gef\xC3\xA4llt mir wird geladen", "cargando", "me gusta cargando", "chargement", "j\xE2\x80\x99" "aime chargement",
            "caricamento", "mi piace caricamento", "carregando", "curtir carregando", "laden", "vind ik leuk laden",
            // an advertisement's label and a subscribe button, in the languages readcast reads
            "advertisement", "reklam", "reklama", "annons", "annonce", "annonse", "anzeige", "ads", "ad", "advert", "adverts",
            "share article", "share story", "share the story", "share the article",
            // an email's link to its copy on the web, under "Having trouble viewing this email?"; a summary box's label
            "view it online", "view online", "view in browser", "in summary", "summary",
            // a live page's sort buttons
            "newest first", "oldest first", "nyeste f\xC3\xB8rst", "\xC3\xA6ldste f\xC3\xB8rst", "neueste zuerst", "\xC3\xA4lteste zuerst",
            "nyaste f\xC3\xB6rst", "\xC3\xA4ldsta f\xC3\xB6rst", "les plus r\xC3\xA9" "cents", "les plus anciens", "m\xC3\xA1s recientes",
            "m\xC3\xA1s antiguos", "pi\xC3\xB9 recenti", "meno recenti", "nieuwste eerst", "oudste eerst", "werbung", "publicidad", "publicidade", "publicit\xC3\xA9",
            "pubblicit\xC3\xA0", "advertentie", "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", "abone ol", "subscribe",
            "abonnieren", "s'abonner", "suscr\xC3\xAD" "bete", "abbonati", "assine", "abonneer", "prenumerera",
            // a badge beside a new story
            "new", "nuovo", "neu", "nouveau", "nuevo", "novo", "nieuw", "ny", "yeni",
            // a live page's button to load its latest posts
            "aggiorna la diretta", "aggiorna", "refresh", "actualizar", "actualiser", "aktualisieren", "atualizar", "vernieuwen",
            "load more", "show more", "voir plus de messages", "mehr laden", "cargar m\xC3\xA1s", "carica altri",
            // a page's buttons to keep or hear the story
            "read later", "save for later", "lire plus tard", "\xC3\xA9" "couter cet article", "\xC3\xA9" "couter l'article",
            "sp\xC3\xA4ter lesen", "artikel anh\xC3\xB6ren", "merken", "leer m\xC3\xA1s tarde", "escuchar este art\xC3\xAD" "culo",
            "escuchar la noticia", "leggi dopo", "ascolta l'articolo", "ler mais tarde", "ouvir este artigo", "ouvir a not\xC3\xAD" "cia",
            "later lezen", "lees later", "luister naar dit artikel", "l\xC3\xA4s senare", "lyssna p\xC3\xA5 artikeln",
            // a blogging platform's labels round its writer and publication
            "published in", "written by", "follow", "following", "join", "joined", "publicado en", "publi\xC3\xA9 dans", "ver\xC3\xB6" "ffentlicht in",
            // a press release's label over it, in the languages readcast reads most
            "press release", "news release", "media release", "persbericht", "pressemitteilung", "pressemeldung",
            "communiqu\xC3\xA9 de presse", "nota de prensa", "comunicado de prensa", "comunicato stampa", "comunicado de imprensa",
            "nota \xC3\xA0 imprensa", "pressmeddelande", "pressemelding", "pressemeddelelse", "komunikat prasowy",
            // a template's or a read-later app's labels round the text
            "article content", "view original", "read original", "open original",
            // a date's label on a line of its own, over the date line taken for the intro
            "published", "updated", "last updated", "posted", "publicado", "actualizado", "atualizado", "publi\xC3\xA9", "mis \xC3\xA0 jour",
            "ver\xC3\xB6" "ffentlicht", "aktualisiert", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "publicerad", "uppdaterad",
            "publisert", "oppdatert", "udgivet", "opdateret", "opublikowano", "zaktualizowano"});
        if (kLabels.count(label) != 0) return true;
        // "Advertisement 2", "Anzeige 3": an advertisement's slot, numbered.
        if (const std::size_t space = label.rfind(' '); space != std::string::npos && space + 1 < label.size() &&
                                                        label.find_first_not_of("0123456789", space + 1) == std::string::npos) {
            const std::string word = label.substr(0, space);
            if (word == "advertisement" || word == "anzeige" || word == "werbung" || word == "publicidad" || word == "publicit\xC3\xA9" ||
                word == "pubblicit\xC3\xA0" || word == "advertentie" || word == "annons" || word == "reklama" || word == "ad") {
                return true;
            }
        }
        // "3 min", "12 min.": a player's or a reading time alone on its line ("Read 2 min" too).
        {
            std::vector<std::string> parts = splitWords(label);
            if (parts.size() == 3 && parts[0] == "read") parts.erase(parts.begin());
            if (parts.size() == 2 && std::all_of(parts[0].begin(), parts[0].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                (parts[1] == "min" || parts[1] == "mins" || parts[1] == "minutes" || parts[1] == "minuti" || parts[1] == "minutos" ||
                 parts[1] == "minuten")) {
                return true;
            }
        }
        // "1,204 comments", "Komentarze (41)", "42 Kommentare": a count of the readers' comments.
        {
            std::string bare;
            for (char c : label) {
                if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.' && c != '(' && c != ')') bare += c;
            }
            bare = collapseWhitespace(bare);
            const bool counted = label.find_first_of("0123456789") != std::string::npos;
            for (const char* word : {"comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios",
                                     "coment\xC3\xA1rios", "commenti", "reacties", "komentarze", "kommentarer", "yorum", "yorumlar",
                                     "replies", "responses"}) {
                if (counted && bare == word) return true;
            }
        }
        // "2.3K Followers", "614 abonnés": a count of an account's followers.
        const std::vector<std::string> count = splitWords(label);
        if (count.size() == 2 && std::isdigit(static_cast<unsigned char>(count[0][0]))) {
            for (const char* who : {"followers", "follower", "following", "subscribers", "abonn\xC3\xA9s", "seguidores", "abonnenten",
                                    "follower:innen", "iscritti", "volgers", "f\xC3\xB6ljare", "obserwuj\xC4\x85" "cych"}) {
                if (count[1] == who) return true;
            }
        }
    }
    // "stern Geschichte von dpa • 5 Std.", "Reuters · 3h ago": an aggregator's bar of the source and the story's age, a bullet
    // between, the age last. (Compiled only for a short line with a bullet.)
    if (wordCount <= 10 && (lowerTrimmed.find(" \xE2\x80\xA2 ") != std::string::npos || lowerTrimmed.find(" \xC2\xB7 ") != std::string::npos)) {
        static const std::regex kAge(R"(.*(\xE2\x80\xA2|\xC2\xB7) *(vor |hace |il y a |h\xC3\xA1 )?\d{1,2} ?(std|stunden?|min|minuten?|mins?|minutes?|h|hrs?|hours?|d|days?|tage?n?|horas?|heures?|giorni|ore|uur|dagen)\.?( ago)?\.?)");
        if (std::regex_match(lowerTrimmed, kAge)) return true;
    }
    if (wordCount <= 30) {
        for (std::string_view opening : kNoticeOpenings) {
            if (lowerTrimmed.rfind(opening, 0) == 0) return true;
        }
    }
    if (wordCount <= 6) {
        for (std::string_view opening : kShortAskOpenings) {
            if (lowerTrimmed.rfind(opening, 0) == 0) return true;
        }
    }
    // "Magazine subscription – your first 5 issues for only £5!": a magazine's offer over a recipe (its price and its issues).
    if (wordCount <= 16 && lowerTrimmed.rfind("magazine subscription", 0) == 0 && containsAnyOf(lowerTrimmed, {"issues for", "for only", "for just"})) {
        return true;
    }
    // "Tried this recipe? Leave a comment below and tag @…": a recipe card's ask, the question and what to do ("Tried this recipe?
    // is the subject line of a scam" quotes it).
    if (wordCount <= 30 && startsWithAnyOf(lowerTrimmed, {"tried this recipe?", "did you make this recipe?", "did you make this?", "made this recipe?"}) &&
        containsAnyOf(lowerTrimmed, {"comment", "rate", "tag ", "@", "let us know", "leave", "share", "review"})) {
        return true;
    }
    // "Or copy and paste this link to others: https://…?ref=…": a referral box's link; "Paying members get our full spreadsheet …
    // Upgrade for £5 a month.": an upgrade's ask, the members' perk and its price.
    if (wordCount <= 30 && startsWithAnyOf(lowerTrimmed, {"or copy and paste this link", "copy and paste this link"}) &&
        (lowerTrimmed.find("://") != std::string::npos || lowerTrimmed.find("www.") != std::string::npos)) {
        return true;
    }
    if (wordCount <= 40 && containsAnyOf(lowerTrimmed, {"upgrade for \xC2\xA3", "upgrade for $", "upgrade for \xE2\x82\xAC", "upgrade for just", "upgrade now"}) &&
        containsAnyOf(lowerTrimmed, {"members", "subscribers", "subscription", "paid tier"}) && lowerTrimmed.find(" said") == std::string::npos) {
        return true;
    }
    // "The Opening Bell is for informational purposes only and is not investment advice.": a newsletter's legal line, both halves
    // (a story quotes one: "His videos ended with: this is not investment advice").
    if (wordCount <= 20 && containsAnyOf(lowerTrimmed, {"for informational purposes only", "for information purposes only"}) &&
        containsAnyOf(lowerTrimmed, {"not investment advice", "not financial advice", "not constitute investment advice"}) &&
        !containsAnyOf(lowerTrimmed, {" said", " says", "claim", "\""})) {
        return true;
    }
    // "Smart View | Open in browser", "Buy this car", "Search used cars": a reader app's or a shop box's buttons, a line of
    // them and nothing else ("Should you buy this car?" is a review's heading; "Then tap Open in browser." a how-to's step).
    if (wordCount <= 8) {
        static constexpr WordSet kButtons({"smart view", "open in browser", "buy this car", "search used cars", "view original article",
                                           "view all prices"});
        std::string buttons = lowerTrimmed;
        for (std::size_t dot = buttons.find("\xC2\xB7"); dot != std::string::npos; dot = buttons.find("\xC2\xB7", dot)) buttons.replace(dot, 2, "|");
        bool all = true, any = false;
        for (std::size_t from = 0; from <= buttons.size() && all;) {
            const std::size_t bar = std::min(buttons.find('|', from), buttons.size());
            std::string part = collapseWhitespace(buttons.substr(from, bar - from));
            while (!part.empty() && (part.back() == '.' || part.back() == ' ')) part.pop_back();
            if (!part.empty()) {
                any = true;
                all = kButtons.count(part) != 0;
            }
            from = bar + 1;
        }
        if (any && all) return true;
    }
    // "TOGETHER WITH LEDGERLY", "PRESENTED BY ACME": a newsletter's sponsor's label in capitals, over the sponsor's copy ("Together
    // with her husband" opens a sentence).
    if (wordCount <= 6 && trimmed == upperAscii(trimmed) &&
        startsWithAnyOf(lowerTrimmed, {"together with ", "presented by ", "sponsored by ", "in partnership with ", "brought to you by ",
                                       "in association with "})) {
        return true;
    }
    // "Print Pin Rate", "Units US M", "Scale 1x 2x 3x", "Jump to Recipe": a recipe card's buttons, a line of them alone.
    if (wordCount >= 2 && wordCount <= 8) {
        static constexpr WordSet kCardButtons({"print", "pin", "rate", "save", "share", "email", "jump", "to", "recipe", "video", "units", "scale",
                                               "us", "metric", "m", "1x", "2x", "3x", "cook", "mode", "review", "comments", "|", "\xC2\xB7"});
        bool all = true;
        for (const std::string& word : splitWords(lowerTrimmed)) all = all && kCardButtons.count(word) != 0;
        if (all && containsAnyOf(lowerTrimmed, {"print", "pin", "jump to", "units", "scale"})) return true;
    }
    // "Listening: Swiss voters reject …": a player's label over the story, the headline again after it.
    if (wordCount <= 24 && startsWithAnyOf(lowerTrimmed, {"listening: ", "now playing: ", "listen to: "})) return true;
    // "18+", "18+ only": an age limit alone on its line, a betting page's notice; "New from £34,595, Used from £26,990": a car
    // site's price box.
    if (lowerTrimmed == "18+" || lowerTrimmed == "18+." || lowerTrimmed == "18+ only" || lowerTrimmed == "18+ only." || lowerTrimmed == "21+" ||
        lowerTrimmed == "21+.") {
        return true;
    }
    if (wordCount <= 12 && lowerTrimmed.rfind("new from ", 0) == 0 && lowerTrimmed.find("used from ") != std::string::npos) return true;
    // "142", "💬 212": a counter of shares or comments, a line without a letter.
    if (wordCount <= 3 && isCounter(line)) return true;
    if (isThreadChrome(lowerTrimmed, wordCount)) return true;
    // (Letters beyond ASCII lowered too: "CONTINUA APÓS A PUBLICIDADE".)
    const bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const std::string lowerAll = ascii ? lower : lowerUtf8(line);
    for (std::string_view phrase : kInterfacePhrases) {
        const std::size_t at = lowerAll.find(phrase);
        if (at == std::string::npos) continue;
        // A sentence that quotes the notice talks about it: 'Readers dislike the note "Artiklen fortsætter
        // under annoncen", a survey shows.' (A line no longer than a notice is the notice, quoted or not.)
        if (wordCount > kShortInterfaceWords && opensQuote(lowerAll, at)) continue;
        // (A sentence that tells who sponsors what is news: "The NPFL is sponsored by broadcast partner GTV, and …".)
        if (phrase == "sponsored by" && wordCount > kShortInterfaceWords &&
            [&] {
                for (const char* be : {" is ", " are ", " was ", " were ", " be ", " been ", " being "}) {
                    if (lowerAll.substr(0, at).ends_with(be)) return true;
                }
                return false;
            }()) {
            continue;
        }
        return true;
    }
    // A page's bookmark prompt, a portal's sign-off that points at its sections, a syndicated local story's note on the fund
    // that pays for it: lines that open on them ("The Local Journalism Initiative is funded by …"; a story about the fund says
    // more, and opens otherwise).
    if (wordCount <= 30 && startsWithAnyOf(lowerAll, {"save this article to read", "save this story to read", "catch all the latest",
                                                      "the local journalism initiative is funded", "local journalism initiative reporters are funded"})) {
        return true;
    }
    // A car site's shop box: "Find a used Kia EV4 for sale at Autocar Marketplace" (a story's sentence that opens so sells
    // nothing: "Find a used one before prices rise.").
    if (wordCount <= 14 && startsWithAnyOf(lowerAll, {"find a used ", "find used ", "search used "}) && lowerAll.find(" for sale") != std::string::npos &&
        line.find(". ") == std::string::npos) {
        return true;
    }
    // A page's notes about itself, each a kind a reader meets on many sites: how to cite it ("Cite this: … - ClinicianDaily -
    // Mar 30, 2025"), whom the press may call ("For media queries: Ritu Sharma | +91 …", "For additional information, contact
    // … at media.desk@… or 813-529-0220"), a news organisation's slug ("For information media. Not an official record."), the
    // player's note on its own synthetic voice, a health site's disclaimer, a wire's note on who funds a beat ("… coverage
    // receives support through … The AP is solely responsible for all content."). Each opens the line, or is the whole note.
    if (wordCount <= 40 &&
        (startsWithAnyOf(lowerAll, {"cite this:", "cite this article:", "cite as:", "for information media", "for media queries", "media queries:",
                                    "for media inquiries", "media inquiries:", "for media enquiries", "media enquiries:"}) ||
         (wordCount <= 6 && startsWithAnyOf(lowerAll, {"not an official record"})) ||
         // (A press desk's address: "For additional information, contact the … directorate at media.desk@… or (813) 529-0220"; a
         // story's "For more information, contact the health department at 555-0100" is its readers' service.)
         (startsWithAnyOf(lowerAll, {"for additional information, contact", "for more information, contact", "for further information, contact",
                                     "for more information, please contact", "for additional information, please contact"}) &&
          lowerAll.find('@') != std::string::npos && containsAnyOf(lowerAll, {"media", "press", "communication", "public affairs", "spokes"})) ||
         // (An interactive's viewing note: "Use of a computer, not a mobile device, is strongly recommended for using this data-heavy
         // tool.", "Best viewed on a desktop".)
         (wordCount <= 25 && containsAnyOf(lowerAll, {"best viewed on a desktop", "best viewed on desktop", "not a mobile device, is",
                                                      "is strongly recommended for using this", "best experienced on a desktop"})) ||
         // (A map's or a tracker's note on its own updates, "This map is updated daily alongside the static maps present in this
         // report."; a report's on its cut-off, "Note: The data cut-off for this product was 1:30pm ET"; its pointer to its
         // endnotes, "References to all sources used are provided in the endnotes of each update.")
         (wordCount <= 25 &&
          (startsWithAnyOf(lowerAll, {"this map is updated", "this interactive map is updated", "this map will be updated", "this tracker is updated",
                                      "this interactive is updated", "this dashboard is updated", "this chart is updated", "this map updates"}) ||
           (startsWithAnyOf(lowerAll, {"note: the data cut-off for", "note: the data cutoff for", "the data cut-off for this", "the data cutoff for this"})) ||
           (startsWithAnyOf(lowerAll, {"references to all sources used are provided", "references to all sources are provided",
                                       "all sources used are provided in the", "sources used are provided in the endnotes"})))) ||
         (startsWithAnyOf(lowerAll, {"the audio version of this", "audio version of this", "listen to this article", "this article is read by"}) &&
          containsAnyOf(lowerAll, {"text-to-speech", "artificial intelligence", "ai-generated", "synthetic voice", "generated by ai", "ai voice"})) ||
         (startsWithAnyOf(lowerAll, {"our content is for informational purposes only", "this content is for informational purposes only",
                                     "this article is for informational purposes only", "the information on this site is for informational purposes",
                                     "this information is for educational purposes only"}) &&
          containsAnyOf(lowerAll, {"not a substitute", "medical advice", "consult", "not intended"})) ||
         containsAnyOf(lowerAll, {" coverage receives support from", " coverage receives support through", " coverage receives financial support"}) ||
         (wordCount <= 10 && lowerAll.rfind("the ", 0) == 0 &&
          containsAnyOf(lowerAll, {"is solely responsible for all content", "is solely responsible for this content",
                                   "is solely responsible for the content"})))) {
        return true;
    }
    if (wordCount <= kWidgetLineWords) {
        for (std::string_view phrase : kWidgetLinePhrases) {
            const std::size_t at = lowerAll.find(phrase);
            if (at == std::string::npos || opensQuote(lowerAll, at)) continue;
            // (A label opens the line or follows another's end: "which lets visitors show comments (14) at a time" is a sentence.)
            if (phrase.find("comments (") == std::string_view::npos || at == 0 ||
                (at >= 2 && (lowerAll[at - 2] == ')' || lowerAll[at - 2] == '.' || lowerAll[at - 2] == ':' || lowerAll[at - 2] == '|'))) {
                return true;
            }
        }
    }
    if (wordCount <= kShortInterfaceWords) {
        for (std::string_view phrase : kShortInterfacePhrases) {
            // (At a word's start: "Facebook now requires" holds no "book now".)
            for (std::size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
                if (at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]))) return true;
            }
        }
    }
    // Labels that are furniture only when they are the whole line ("the most popular candidate" is not).
    static const std::string_view kWholeLineLabels[] = {
        "advertisement", "sponsored", "follow", "subscribe", "listen", "listentothisarticle", "compartilhe", "comparte", "partagez", "condividi", "teilen", "udost\xC4\x99pnij", "publicidad", "publicit\xC3\xA9", "pubblicit\xC3\xA0", "publicidade", "anzeige", "werbung",
        "reklama", "advertentie", "related", "relatedstories", "morestories", "youmayalsolike", "mostread", "mostpopular",
        "trending", "trendingnow", "editorspicks", "topstories", "latestnews", "recommended", "recommendedforyou",
        "share", "sharethis", "comments", "leaveacomment", "print", "email", "tweet", "morefromthisauthor", "save",
        // a comments button, "View Comments", and a share bar's "Copy link" (its networks' names, see ArticleAssembler)
        // an aggregator's break in the story where its ad stood, "Story continues"
        "storycontinues", "articlecontinues", "continuereading", "continuestory",
        "viewcomments", "showcomments", "seecomments", "readcomments", "hidecomments", "viewallcomments", "addacomment", "postacomment",
        "copylink", "copythelink", "googlenews",
        // and in other languages: Swedish, Danish, Norwegian, German, Dutch, Spanish, Portuguese, French, Italian
        "kopieral\xC3\xA4nk", "kopierlink", "kopierlenke", "linkkopieren", "kopieerlink", "copiarenlace", "copiarlink",
        "copierlelien", "copialink",
        // a share button's answer and a paywall's gift button, "Copied!", "Gift article"; a follow button, "Follow us"
        "copied", "linkcopied", "giftarticle", "giftthisarticle", "sharefullarticle", "followus",
        // a page's text size buttons in a row, "Text size: A A A", "A- A A+"
        "textsizeaaa", "fontsizeaaa", "textsizeaa",
        // a page's text size buttons, "Larger text size"
        "textsize", "fontsize", "normaltextsize", "largertextsize", "largetextsize", "verylargetextsize", "smallertextsize",
        "smalltextsize", "increasetextsize", "decreasetextsize", "resettextsize", "defaulttextsize", "increasefontsize",
        "decreasefontsize",
        // the title of a table of contents, whose links are not read
        "contents", "tableofcontents", "inthisarticle", "onthispage", "jumpto", "inthisstory",
        // a live page's controls
        "filterby", "keyevents", "showkeyeventsonly", "latestupdates", "pinnedpost", "pinned", "keyevent",
        // an advertisement's label in more languages: Finnish, Romanian, Hungarian, Greek, Russian and Ukrainian
        "mainos", "publicitate", "hirdet\xC3\xA9s", "\xCE\xB4\xCE\xB9\xCE\xB1\xCF\x86\xCE\xAE\xCE\xBC\xCE\xB9\xCF\x83\xCE\xB7",
        "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
        // a summary box's label over the points it lists (the points are read)
        "synopsis", "inshort", "whatyouneedtoknow", "keypoints", "keytakeaways", "ataglance", "thebriefing", "quickread",
        // a dialog's and a blog's buttons
        "close", "x", "release", "yesno", "likethis", "likeloading", "paid", "end", "body", "text", "headline", "deelartikel", "deeldit",
        "suggestedtopics", "volgen", "folgen", "suivre", "seguir", "segui", "obserwuj", "f\xC3\xB6lj", "takipet", "relatedtopics", "relaterade\xC3\xA4mnen", "relateradeamnen", "reply", "draft", "signup", "signin", "login", "register",
        // a search box's label
        "search", "searchthesite", "suche", "rechercher", "buscar", "cerca", "pesquisar", "zoeken", "s\xC3\xB6k", "s\xC3\xB8g", "szukaj",
        // a speech's text as its office hands it out, "Check against delivery" ("Es gilt das gesprochene Wort")
        "checkagainstdelivery", "esgiltdasgesprochenewort", "seulleprononc\xC3\xA9" "faitfoi", "seulleprononcefaitfoi"};
    // (After a bullet or a mark of punctuation, "∙ Paid", "› Share": U+2000 to U+2FFF.)
    std::size_t from = 0;
    while (from < line.size() && (static_cast<unsigned char>(line[from]) == 0xE2 || line[from] == ' ')) from += line[from] == ' ' ? 1 : 3;
    // (Other scripts' capitals too: "Реклама", "ΔΙΑΦΗΜΙΣΗ".)
    const std::string rest = line.substr(std::min(from, line.size()));
    const std::string folded = foldForComparison(wordCount <= 3 && std::any_of(rest.begin(), rest.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ? lowerUtf8(rest) : rest);
    for (std::string_view label : kWholeLineLabels) {
        if (folded == label) return true;
    }
    // (Or several of them run together, a widget's buttons in one line: "Normal text size Larger text size Very large text size".)
    if (wordCount >= 3 && wordCount <= 12 && folded.size() <= 96) {
        std::vector<bool> reached(folded.size() + 1, false);
        reached[0] = true;
        for (std::size_t at = 0; at < folded.size(); ++at) {
            if (!reached[at]) continue;
            for (std::string_view label : kWholeLineLabels) {
                if (label.size() >= 4 && folded.compare(at, label.size(), label) == 0) reached[at + label.size()] = true;
            }
        }
        if (reached[folded.size()]) return true;
    }
    // A health page's reviewer under the byline, a line of its own: "Reviewed by Sarah Lindqvist, RD", "Fact-checked by
    // Tom Ng" ("The plan was reviewed by the board." is a sentence).
    for (const char* label : {"Reviewed by ", "Fact-checked by ", "Fact checked by ", "Medically reviewed by "}) {
        const std::size_t n = std::strlen(label);
        if (wordCount <= 9 && line.compare(0, n, label) == 0 && line.size() > n && std::isupper(static_cast<unsigned char>(line[n])) &&
            line.back() != '.') {
            return true;
        }
    }
    // A link's label with its arrow: "Normas ›", "More stories »", "Next →". (A "»" that closes a quotation is no arrow: "Le
    // opposizioni: «Misura tampone»".)
    // (Nor one after a sentence's stop, a quotation's last sentence: "این انتخاب سختی است.»".)
    const bool arrowLabel = wordCount <= 4 && (line.size() >= 2 && ((line.compare(line.size() - 2, 2, "\xC2\xBB") == 0 &&
                                                                       line.find("\xC2\xAB") == std::string::npos &&
                                                                       (line.size() < 3 || std::string(".!?").find(line[line.size() - 3]) == std::string::npos)) ||
                                                                            (line.size() >= 3 && (line.compare(line.size() - 3, 3, "\xE2\x80\xBA") == 0 ||
                                                                                                  line.compare(line.size() - 3, 3, "\xE2\x86\x92") == 0))));
    return arrowLabel || isLinkOut(line) || isCallToAction(line) || isStockQuoteLine(line) || isMediaInterface(line) || hasCharacterCounter(line);
}

namespace {

// Sentences: a stop, a space, then a capital or a quote.
std::vector<std::string> roughSentences(const std::string& paragraph) {
    std::vector<std::string> sentences;
    std::size_t start = 0;
    for (std::size_t at = 1; at + 2 < paragraph.size(); ++at) {
        const char c = paragraph[at];
        // (Not after an initialism's or an initial's dot, "the U.S. Central Command", "J. Smith", nor a title's, "Dr. Patel".)
        // (Before a word that opens sentences it ends one: "… in the U.S. The AP is solely responsible …".)
        const auto opener = [&] {
            const std::size_t end = paragraph.find_first_of(" ,", at + 2);
            const std::string next = paragraph.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2);
            static constexpr WordSet kOpeners({"The", "This", "That", "These", "It", "He", "She", "They", "We", "I", "A", "An", "In", "On",
                                               "At", "For", "But", "And", "Our", "Its", "His", "Her", "Their", "There", "Read", "Follow",
                                               "Sign", "Subscribe", "Click", "Listen"});
            return kOpeners.count(next) != 0;
        };
        const bool initial = c == '.' && std::isupper(static_cast<unsigned char>(paragraph[at - 1])) &&
                             (at < 2 || paragraph[at - 2] == '.' || paragraph[at - 2] == ' ') && !opener();
        const bool title = c == '.' && at >= 2 && [&] {
            std::size_t w = at;
            while (w > 0 && std::isalpha(static_cast<unsigned char>(paragraph[w - 1]))) --w;
            const std::string word = paragraph.substr(w, at - w);
            return word == "Mr" || word == "Mrs" || word == "Ms" || word == "Dr" || word == "St" || word == "Prof";
        }();
        if ((c == '.' || c == '?' || c == '!') && paragraph[at + 1] == ' ' && !initial && !title &&
            (std::isupper(static_cast<unsigned char>(paragraph[at + 2])) || paragraph[at + 2] == '"' ||
             static_cast<unsigned char>(paragraph[at + 2]) >= 0x80)) {
            sentences.push_back(paragraph.substr(start, at + 1 - start));
            start = at + 2;
        }
    }
    sentences.push_back(paragraph.substr(start));
    return sentences;
}

}  // namespace

bool endsOnJoiningWord(const std::string& line, bool wrapped) {
    const std::size_t space = line.find_last_of(' ');
    const std::string last = lowerUtf8(space == std::string::npos ? line : line.substr(space + 1));
    static const char* const kJoining[] = {"and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "at",
                                           "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "have",
                                           "has", "had", "that", "which", "who", "whose", "than", "except", "into",
                                           "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
                                           "will", "would", "could", "about", "after", "before", "over",
                                           // the same in the languages readcast reads most (German's nouns begin in capitals)
                                           // (Not those English writes too: "Ford Transit Van", "All targets met".)
                                           "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "mit",
                                           "von", "zu", "f\xC3\xBCr", "auf", "und", "oder", "zum", "zur", "les",
                                           "une", "du", "et", "avec", "pour", "dans", "el", "los", "las", "con",
                                           "para", "del", "il", "gli", "di", "per", "um", "uma", "het", "een", "voor"};
    for (const char* w : kJoining) {
        if (last == w) return true;
    }
    // In a paragraph already known to be wrapped at one width, the articles, prepositions and verbs that
    // English writes too ("die", "van", "met", "do", "la"): "…führt über die" over "Mühlkreisbahnbrücke".
    // (Not over a heading's line break in a page: "All targets met" over "Revenue rose".)
    static const char* const kWrapped[] = {"die", "im", "vom", "beim", "nach", "\xC3\xBC" "ber", "bei", "aus", "dass", "ist", "sind",
                                           "wird", "werden", "hat", "haben", "nicht", "auch", "sich", "la", "des", "au", "aux", "sur",
                                           "par", "est", "sont", "qui", "que", "de", "por", "una", "della", "nel", "che", "os", "da",
                                           "do", "na", "em", "van", "op", "met"};
    if (!wrapped) return false;
    for (const char* w : kWrapped) {
        if (last == w) return true;
    }
    return false;
}

// A picture's caption whose last sentence is its credit: "Di María celebra o segundo golo. Foto: Miguel A. Lopes/LUSA",
// "…où s'est tenue l'audience jeudi. | ARCHIVES OUEST-FRANCE" (a credit in capitals after a bar).
bool endsOnPictureCredit(const std::string& paragraph) {
    if (countWords(paragraph) > 40) return false;
    const std::vector<std::string> sentences = roughSentences(paragraph);
    // (The credit may hold an initial's dot, "Foto: Miguel A. Lopes/LUSA": the last sentences taken together.)
    std::string tail;
    for (std::size_t k = sentences.size(); k-- > 1 && countWords(tail) <= 14;) {
        tail = sentences[k] + (tail.empty() ? "" : " " + tail);
        if (isPhotoCredit(collapseWhitespace(tail))) return true;
    }
    const std::size_t bar = paragraph.rfind(" | ");
    if (bar == std::string::npos || bar == 0 || paragraph[bar - 1] != '.') return false;
    const std::string credit = collapseWhitespace(paragraph.substr(bar + 3));
    return !credit.empty() && countWords(credit) <= 5 && credit == upperAscii(credit) &&
           std::any_of(credit.begin(), credit.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

bool holdsAPrompt(const std::string& paragraph) {
    if (endsOnPictureCredit(paragraph)) return true;
    const std::vector<std::string> sentences = roughSentences(paragraph);
    if (sentences.size() < 2) return false;
    // (A prompt is a sentence of some words: "1. Finland" is a list's number and a name.)
    for (const std::string& sentence : sentences) {
        if (countWords(sentence) >= 4 && isBoilerplate(sentence)) return true;
    }
    return false;
}

std::string withoutUpdateLabel(const std::string& paragraph) {
    if (paragraph.size() < 4 || paragraph[0] != '(') return paragraph;
    const std::size_t close = paragraph.find(')');
    if (close == std::string::npos || close > 24 || close + 2 >= paragraph.size()) return paragraph;
    const std::string label = lowerAscii(paragraph.substr(1, close - 1));
    const std::vector<std::string> words = splitWords(label);
    if (words.empty() || words.size() > 3) return paragraph;
    // ("UPDATE", "2ND UPDATE", "UPDATE 2", "UPDATED", "REFILE", "CORRECTED": the version's word with its count.)
    bool version = false, other = false;
    for (const std::string& w : words) {
        const bool count = std::all_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }) &&
                           std::isdigit(static_cast<unsigned char>(w[0])) && w.size() <= 4;
        const bool word = w == "update" || w == "updated" || w == "refile" || w == "refiled" || w == "corrected" || w == "correction";
        version = version || word;
        other = other || (!word && !count);
    }
    // (Set in capitals as the desk writes it: "(Update) said the man" is no label.)
    const std::string written = paragraph.substr(1, close - 1);
    const bool capitals = std::none_of(written.begin(), written.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) ||
                          written.find("UPDATE") != std::string::npos;
    if (!version || other || !capitals) return paragraph;
    std::size_t rest = close + 1;
    while (rest < paragraph.size() && (paragraph[rest] == ' ' || paragraph[rest] == '-')) ++rest;
    return rest < paragraph.size() ? paragraph.substr(rest) : paragraph;
}

// "ProPublica is a nonprofit newsroom that investigates abuses of power.": a newsroom's one sentence on its mission, its name
// and what kind of newsroom it is (said beside its sign-up prompt; alone at a story's foot it may be the story's news).
static bool isNewsroomsMission(const std::string& sentence) {
    const std::string s = lowerUtf8(collapseWhitespace(sentence));
    const std::size_t is = s.find(" is a");
    return countWords(sentence) <= 25 && is != std::string::npos && countWords(s.substr(0, is)) <= 4 &&
           containsAnyOf(s, {"nonprofit newsroom", "non-profit newsroom", "nonpartisan newsroom", "independent newsroom", "investigative newsroom",
                             "nonprofit news organization", "nonprofit news organisation"});
}

std::string storyAroundPrompts(const std::string& paragraph) {
    const std::vector<std::string> sentences = roughSentences(paragraph);
    if (sentences.size() < 2) return "";
    // (A sponsor's paragraph is the sponsor's whole: "Today's briefing is supported by … Open an account …")
    const std::string lowerParagraph = lowerUtf8(paragraph);
    for (const char* sponsor : {"is supported by", "sponsored by", "brought to you by", "patrocinado por", "sponsoris\xC3\xA9 par",
                                "gesponsert von", "sponsorizzato da", "gesponsord door"}) {
        if (lowerParagraph.find(sponsor) != std::string::npos) return "";
    }
    // (So is one that opens on its sponsor's name: "Presented by NorthPeak Bank — Earn 4.50% APY on savings. Member FDIC.")
    if (lowerParagraph.rfind("presented by ", 0) == 0 && countWords(paragraph) <= 40) return "";
    // (So is a sportsbook's notice of responsible gambling, with its age: "Odds are subject to change. 21+. Gambling
    // problem? Call 1-800-GAMBLER." A story quoting the line has no age in it.)
    const bool aged = lowerParagraph.find("21+") != std::string::npos || lowerParagraph.find("18+") != std::string::npos ||
                      lowerParagraph.find("19+") != std::string::npos || lowerParagraph.find("must be 21") != std::string::npos ||
                      lowerParagraph.find("must be 18") != std::string::npos;
    for (const char* notice : {"gambling problem", "1-800-gambler", "begambleaware", "gamble responsibly", "when the fun stops"}) {
        if (aged && lowerParagraph.find(notice) != std::string::npos) return "";
    }
    // (A paragraph that opens on its copyright is the notice whole: "© 2025 Europa Press. Está expresamente
    // prohibida la redistribución…", "Copyright © PAP. Materiały … są chronione prawem autorskim.")
    const std::string opening = lowerUtf8(collapseWhitespace(sentences.front()));
    if (opening.rfind("\xC2\xA9", 0) == 0 || opening.rfind("copyright ", 0) == 0 || opening.rfind("(c) ", 0) == 0) return "";
    // (So is a poster's edit note, its sentences after the first too: "Edit 2: A lot of people asking for the template. I used
    // the sample on the CFPB website." read in half leaves "the sample" without what it was for.)
    if (opensOnEditNote(opening)) return "";
    // (So is an editor's note on where the text comes from, read whole by isBoilerplate: "Editor's note: This article was
    // originally published in German … It has been translated by …")
    if ((opening.rfind("editor's note", 0) == 0 || opening.rfind("editor\xE2\x80\x99s note", 0) == 0) && isBoilerplate(paragraph)) return "";
    // (So is a tip line's: "Har du tips? Ring 010-123 45 67 eller mejla tips@… Du kan vara anonym." — its prompt first, an
    // address to write to after it.)
    if (countWords(paragraph) <= 30 && isBoilerplate(sentences.front()) && paragraph.find('@') != std::string::npos) return "";
    // (So is a picture's caption whose last sentence is its credit.)
    if (endsOnPictureCredit(paragraph)) return "";
    // (So is a newsletter's pitch with its ask, two sentences: "Start the day with a summary of the day's most important
    // stories, analysis and insights. Sign up for our Morning Edition newsletter." The pitch sells the mail, no story's news.)
    if (sentences.size() == 2 && countWords(paragraph) <= 40 && isBoilerplate(sentences.back()) &&
        containsAnyOf(lowerParagraph, {"newsletter", "inbox", "briefing", "in your email"}) &&
        containsAnyOf(lowerUtf8(sentences.front()), {"stories", "news", "analysis", "insights", "inbox", "every morning", "every day", "each week",
                                                     "each morning", "delivered", "the day's"})) {
        return "";
    }
    // (So is a short one that opens on a pointer to another story, with that story's section and title after it:
    // "Lire aussi : Économie. Les prix du carburant flambent".)
    // (The title after it has no full stop of its own: "Watch: The mayor said he would appeal." keeps its sentence.)
    if (countWords(paragraph) <= 30 && countWords(sentences.front()) <= 6 && isLinkOut(sentences.front()) && sentences.size() >= 2 &&
        sentences.back().back() != '.') {
        return "";
    }
    std::string kept;
    std::size_t keptWords = 0, longest = 0, prompts = 0;
    // (A pointer that opens the paragraph, a video's title after "Watch:", is the pointer alone: "Watch: The moment a
    // tree fell on a car in Leeds. The driver escaped unhurt, police said." keeps its second sentence however long
    // the title.)
    const bool pointerFirst = isLinkOut(sentences.front());
    // (A sentence that opens inside a quotation is the story's quoting it: 'the line "Gambling problem? Call
    // 1-800-GAMBLER," but critics say…'.)
    bool quoted = false, quotedPrompt = false;
    // (Prompts that only open and close it frame a sentence of the story: "Welcome to our live coverage of Budget 2025.
    // Finance Minister Jack Chambers will rise in the Dáil at about 1pm. Stay with us for every announcement.")
    bool framing = true;
    std::size_t lastKeptAt = 0;      // where the last sentence kept begins in `kept`
    bool lastKeptQuestion = false;   // and it is a short question
    for (std::size_t index = 0; index < sentences.size(); ++index) {
        const std::string& sentence = sentences[index];
        const bool insideQuote = quoted;
        quotedPrompt = quotedPrompt || (insideQuote && isBoilerplate(sentence));
        for (std::size_t at = 0; at < sentence.size(); ++at) {
            if (sentence[at] == '"') quoted = !quoted;
            if (sentence.compare(at, 3, "\xE2\x80\x9C") == 0) quoted = true;
            if (sentence.compare(at, 3, "\xE2\x80\x9D") == 0) quoted = false;
        }
        if (!insideQuote && isBoilerplate(sentence)) {
            ++prompts;
            framing = framing && (index == 0 || index + 1 == sentences.size());
            // (The short question that opens the prompt goes with it: "Gambling problem? Call 1-800-GAMBLER.", "Have a tip?
            // Email …".)
            if (lastKeptQuestion) {
                keptWords -= countWords(kept.substr(lastKeptAt));
                kept.resize(lastKeptAt == 0 ? 0 : lastKeptAt - 1);
                lastKeptQuestion = false;
            }
            continue;
        }
        const std::string lower = " " + lowerAscii(sentence) + " ";
        // (The reader or the publication named in the languages whose prompts are known: "Vind je dit soort
        // verhalen belangrijk?", "Soutenez notre rédaction". A live page's greeting that tells news is the story's:
        // "Welcome to our live coverage of the storm, which intensified into a typhoon overnight.")
        const bool greetingWithNews = opensOnLiveGreeting(sentence);
        for (const char* reader : {" you ", " you,", " you.", " your ", " our ", " us ", " us.", " us,", " we ", " wij ", " wir ", " je ", " jij ", " jouw ",
                                   " onze ", " vous ", " votre ", " nous ", " notre ", " dich ", " dein ", " unsere ", " uns ",
                                   " nuestro ", " nuestra ", " nossa ", " nosso ", " nostra ", " nostro ", " nuestros ", " nuestras ",
                                   " nossos ", " nossas ", " nostri ", " nostre ", " unser ", " unseren ", " unserem ", " unserer "}) {
            if (!greetingWithNews && lower.find(reader) != std::string::npos) return "";
        }
        lastKeptAt = kept.empty() ? 0 : kept.size() + 1;
        lastKeptQuestion = !insideQuote && !sentence.empty() && sentence.back() == '?' && countWords(sentence) <= 4;
        kept += (kept.empty() ? "" : " ") + sentence;
        keptWords += countWords(sentence);
        longest = std::max(longest, countWords(sentence));
    }
    // (No sentence a prompt on its own: the paragraph as a whole is one, "📻 Got a question? Ask our podcast team.")
    // (Half the paragraph's words the story's at least: "The next advisory is due at 5 a.m. EDT, with an
    // intermediate advisory at 2 a.m. Stay with WGCF 8 and the First Alert Weather app for updates.")
    if (prompts == 0 && quotedPrompt) return paragraph;
    // (An offer beside the prompt is the advertisement's: "Get 50% off Nation ePaper for 3 months. Subscribe now >>".)
    if (const std::string offer = lowerUtf8(kept); prompts > 0 && countWords(kept) <= 20 &&
                                                   startsWithAnyOf(offer, {"get ", "save ", "enjoy ", "try ", "grab ", "claim ", "unlock "}) &&
                                                   namesAnOffer(offer)) {
        return "";
    }
    // (So is a service beside it: "Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here.")
    // (Its thing in its first words, and nobody quoted: "Get to higher ground and heed the flood alerts, the sheriff urged", "Get
    // updates from the county, not social media, the mayor said" are the story's.)
    if (const std::string offer = lowerUtf8(kept); prompts > 0 && countWords(kept) <= 15 && offer.rfind("get ", 0) == 0 &&
                                                   offer.find(',') == std::string::npos && [&] {
                                                       const std::vector<std::string> words = splitWords(offer);
                                                       for (std::size_t k = 1; k < words.size() && k <= 3; ++k) {
                                                           if (words[k] == "alerts" || words[k] == "updates" || words[k] == "newsletter") return true;
                                                       }
                                                       return false;
                                                   }()) {
        return "";
    }
    // (So is the publication's word about itself beside it: "ProPublica is a nonprofit newsroom that investigates abuses of
    // power. Sign up to receive our biggest stories.")
    if (prompts > 0 && (isPublisherSelfDescription(kept) || isNewsroomsMission(kept))) return "";
    const bool storyAfterPointer = pointerFirst && prompts == 1 && !kept.empty() && kept.back() == '.';
    const bool framed = framing && longest >= 8 && !kept.empty() && kept.back() == '.';
    return prompts > 0 && longest >= 6 && (keptWords * 2 >= countWords(paragraph) || storyAfterPointer || framed) ? kept : "";
}

bool isCreditLine(const std::string& line) {
    if (isPhotoCredit(line)) return true;
    if (countWords(line) > 30) return false;
    std::string lower = lowerUtf8(line);
    // (French sets a space before its colon: "Source : Conseil du Café-Cacao".)
    for (const char* spaced : {" :", "\xC2\xA0:", "\xE2\x80\xAF:"}) {
        if (const std::size_t at = lower.find(spaced); at != std::string::npos && at < 24) lower.replace(at, std::strlen(spaced), ":");
    }
    if (line.rfind("\xC2\xA9", 0) == 0) return true;  // ©
    // ("Source: Conseil du Café-Cacao" under a table; a sentence that opens so is the story's: "Source: the
    // council's own figures, which show …".)
    if ((lower.rfind("source:", 0) == 0 || lower.rfind("sources:", 0) == 0) && countWords(line) <= 10) {
        // (A source named as a body, or a document in a few words, is a credit: "Source: IEC", "Source:
        // company filing to HKEX". "Source: a worker who asked not to be named." is the story's.)
        const std::size_t colon = line.find(':');
        const std::size_t name = line.find_first_not_of(" \t\xC2\xA0", colon + 1);
        const std::string rest = name == std::string::npos ? "" : lower.substr(std::min(lower.size(), name));
        const bool sentence = line.back() == '.' || rest.find(" who ") != std::string::npos || rest.find(" which ") != std::string::npos ||
                              rest.find(" that ") != std::string::npos;
        if (name != std::string::npos && (!std::islower(static_cast<unsigned char>(line[name])) || (countWords(line) <= 6 && !sentence))) {
            return true;
        }
    }
    // ("Interviewer: SARAH BLAKE", "Guest: DR. ALAN MERCER, Governor": a transcript's header naming who speaks, names and
    // roles only; "Host: Welcome back to the show." is a turn.)
    if (startsWithAnyOf(lower, {"interviewer:", "interviewers:", "guest:", "guests:", "host:", "hosts:", "presenter:", "presenters:",
                                "moderator:", "panelists:", "panellists:"}) &&
        countWords(line) <= 12) {
        std::string rest = line.substr(line.find(':') + 1);
        std::erase(rest, ',');
        if (!collapseWhitespace(rest).empty() && allWordsCapitalized(collapseWhitespace(rest))) return true;
    }
    // ("Avec les informations de La Presse canadienne": a French Canadian broadcaster's credit of the wire it drew on, a
    // few words; "Avec les informations de plusieurs témoins, les enquêteurs …" opens a sentence of the story.)
    if (startsWithAnyOf(lower, {"avec les informations de", "avec des informations de", "avec l'information de", "avec l\xE2\x80\x99information de"}) &&
        countWords(line) <= 16 && line.find(',') == std::string::npos) {
        return true;
    }
    // ("— Con información de Efe", "– With files from Reuters": a credit set after a dash.)
    // ("--Editing by Alanna Weissman.": a wire's dashes glued to it.)
    // ("*Con información de la Corte Suprema": a note's star before it.)
    for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "- ", "*"}) {
        if (lower.rfind(dash, 0) == 0) {
            lower.erase(0, std::strlen(dash));
            while (!lower.empty() && lower.front() == ' ') lower.erase(0, 1);
            break;
        }
    }
    // "(FRANCE 24 with AFP, Reuters)", "with Australian Associated Press", "(dpa, AFP)": the wires a story drew on, named alone,
    // in brackets or after "with" (eight words at most, every word after "with" an agency's or a joint).
    if (countWords(line) <= 8) {
        std::string inner = lower;
        const bool bracketed = inner.size() > 2 && inner.front() == '(' && inner.back() == ')';
        if (bracketed) inner = inner.substr(1, inner.size() - 2);
        const std::size_t with = inner.rfind("with ", 0) == 0 ? 0 : inner.find(" with ");
        if (with != std::string::npos && (bracketed || with == 0)) {
            std::string rest = inner.substr(with + (with == 0 ? 5 : 6));
            for (char& c : rest) {
                if (c == ',' || c == '/' || c == '.') c = ' ';
            }
            static constexpr WordSet kWires({"afp", "ap", "reuters", "dpa", "associated", "press", "australian", "aap", "canadian", "pa",
                                             "efe", "ansa", "xinhua", "bloomberg", "kyodo", "yonhap", "tass", "anadolu", "pti", "ians",
                                             "ani", "agencies", "wires", "and", "&", "news", "agency", "the", "reporting", "from", "ukrinform",
                                             "interfax", "bns", "tt", "ntb", "ritzau", "belga", "apa", "sda", "keystone-sda", "mti", "pap", "ctk",
                                             "hina", "lusa", "europa", "agence", "france-presse", "france", "presse"});
            // (One of them a wire's own name, or "agencies" or "wires": "with the press" names none.)
            static constexpr WordSet kJoints({"and", "&", "the", "press", "news", "agency", "from", "reporting"});
            const std::vector<std::string> words = splitWords(rest);
            if (!words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) { return kWires.count(w) != 0; }) &&
                std::any_of(words.begin(), words.end(), [](const std::string& w) { return kJoints.count(w) == 0; })) {
                return true;
            }
        }
    }
    for (std::string_view opening : kCreditOpenings) {
        // ("(c) Whether Harlan is entitled to tolling…": a list's third item, not a copyright, is a sentence.)
        if (opening == "(c) " && countWords(line) > 12 && line.back() == '.') continue;
        if (lower.rfind(opening, 0) == 0) return true;
    }
    return false;
}

bool isUnpunctuatedShortLine(const std::string& line, std::size_t maxWords) {
    if (line.empty() || countWords(line) > maxWords) return false;
    std::size_t end = line.size();
    // Look through closing quotes and brackets: `He said "no."` ends a sentence. (And through the note marks after its
    // stop: "… was assumed to be static.[5]", "….[1][2]", "….[citation needed]".)
    while (end > 0) {
        const unsigned char c = static_cast<unsigned char>(line[end - 1]);
        const std::size_t open = c == ']' ? line.rfind('[', end - 1) : std::string::npos;
        const std::string mark = open == std::string::npos ? "" : line.substr(open + 1, end - open - 2);
        const bool noteMark = open != std::string::npos && open > 0 && mark.size() <= 20 && !mark.empty() &&
                              (mark.find(' ') == std::string::npos || mark.rfind("citation", 0) == 0 || mark.rfind("clarification", 0) == 0);
        if (noteMark) {
            end = open;
        } else if (c == '"' || c == '\'' || c == ')') {
            --end;
        } else if (end >= 3 && line.compare(end - 3, 3, "\xE2\x80\x9D") == 0) {  // ”
            end -= 3;
        } else if (end >= 3 && line.compare(end - 3, 3, "\xE2\x80\x99") == 0) {  // ’
            end -= 3;
        } else {
            break;
        }
    }
    if (end == 0) return true;
    const char last = line[end - 1];
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
    if (end >= 3 && line.compare(end - 3, 3, "\xE2\x80\xA6") == 0) return false;  // …
    return true;
}

std::size_t timeCodeEnd(const std::string& text, std::size_t at) {
    if (at >= text.size() || (text[at] != '[' && text[at] != '(')) return at;
    const char close = text[at] == '[' ? ']' : ')';
    std::size_t k = at + 1;
    while (k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == ':' || text[k] == '.')) ++k;
    const std::string code = text.substr(at + 1, k - at - 1);
    if (k + 1 < text.size() && text[k] == close && std::count(code.begin(), code.end(), ':') >= 1 && code.size() >= 4 &&
        code.size() <= 12 && text[k + 1] == ' ') {
        return k + 2;
    }
    return at;
}

}  // namespace readcast

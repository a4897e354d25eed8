// An e-mail saved whole (.eml, "show original"): its headers, MIME parts and transfer encodings are
// decoded into the text a reader of the message sees.

#include <gtest/gtest.h>

#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"
#include "ingest/MailMessage.hpp"

using namespace readcast;

namespace {

const std::string kHeaders =
    "Delivered-To: reader@example.org\n"
    "Received: by 2002:a05:7300 with SMTP id n18;\n        Tue, 12 Mar 2024 06:02:14 -0700 (PDT)\n"
    "From: \"Valley Morning Post\" <newsletter@example.org>\n"
    "Subject: =?UTF-8?Q?Old_bridge_closed_for_three_months_=E2=80=93_caf=C3=A9s_worried?=\n"
    "Date: Tue, 12 Mar 2024 06:02:11 +0100\n"
    "MIME-Version: 1.0\n";

}  // namespace

TEST(MailMessageTest, shouldReadTheDecodedPlainTextPartOfAMultipartMessage) {
    const std::string message = kHeaders +
                                "Content-Type: multipart/alternative; boundary=\"=_b1\"\n\n"
                                "--=_b1\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                                "The old bridge will close for three months from April, the council said on Mon=\nday. The caf=C3=A9s "
                                "near it fear a quiet summer.\n\n"
                                "--=_b1\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                                "PHA+SFRNTCBwYXJ0PC9wPg==\n--=_b1--\n";
    const std::string text = mailMessageAsText(message);
    EXPECT_NE(text.find("Subject: Old bridge closed for three months \xE2\x80\x93 caf\xC3\xA9s worried"), std::string::npos) << text;
    EXPECT_NE(text.find("on Monday. The caf\xC3\xA9s near it"), std::string::npos) << text;
    EXPECT_EQ(text.find("HTML part"), std::string::npos) << text;
    EXPECT_EQ(text.find("Received"), std::string::npos) << text;
    EXPECT_EQ(text.find("=_b1"), std::string::npos) << text;
}

TEST(MailMessageTest, shouldReadAnHtmlOnlyMessageInItsCharsetWithoutTags) {
    const std::string message = kHeaders +
                                "Content-Type: text/html; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                                "<html><head><style>p {color: red}</style></head><body><p>The caf=E9s near the bridge fear a quiet "
                                "summer.</p><p>Work starts in April.</p></body></html>\n";
    const std::string text = mailMessageAsText(message);
    EXPECT_NE(text.find("The caf\xC3\xA9s near the bridge fear a quiet summer."), std::string::npos) << text;
    EXPECT_NE(text.find("Work starts in April."), std::string::npos) << text;
    EXPECT_EQ(text.find("color"), std::string::npos) << text;
    EXPECT_EQ(text.find("<p>"), std::string::npos) << text;
}

TEST(MailMessageTest, shouldLeaveAPastedEmailWithoutMimeHeadersAsItIs) {
    const std::string pasted = "From: Jane Roe <jane@example.org>\nSubject: Bridge closure\n\nThe bridge closes in April.\n";
    EXPECT_EQ(mailMessageAsText(pasted), pasted);
}

TEST(MailMessageTest, shouldTakeASavedMessagesSubjectAsTheHeadline) {
    const std::string message = kHeaders +
                                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" +
                                // "The old bridge will close for three months from April, the council said on Monday.\n\n"
                                // "Cafés near the bridge fear a quiet summer, their owners said.\n"
                                "VGhlIG9sZCBicmlkZ2Ugd2lsbCBjbG9zZSBmb3IgdGhyZWUgbW9udGhzIGZyb20gQXByaWwsIHRoZSBjb3VuY2lsIHNhaWQgb24g\n"
                                "TW9uZGF5LgoKQ2Fmw6lzIG5lYXIgdGhlIGJyaWRnZSBmZWFyIGEgcXVpZXQgc3VtbWVyLCB0aGVpciBvd25lcnMgc2FpZC4K\n";
    const Article a = ingestArticle(Input{"message.eml", validateText("message.eml", message)}, InputFormat::Text);
    EXPECT_EQ(a.title, "Old bridge closed for three months \xE2\x80\x93 caf\xC3\xA9s worried");
    std::string all;
    for (const Block& b : a.blocks) all += b.text + "\n";
    EXPECT_NE(all.find("Caf\xC3\xA9s near the bridge fear a quiet summer"), std::string::npos) << all;
    EXPECT_EQ(all.find("VGhl"), std::string::npos) << all;
}

#include "sideeffect.h"

#include "critique/justification.h"

#include <array>

namespace archboard {

namespace {

using namespace std::string_view_literals;

struct Stem {
    std::string_view text;
    SideEffect effect;
    bool whole = false; // the whole word, else any word beginning with it
};

// A word names a side effect when it begins with one of these (or is one,
// for short words that begin others: "post" and "postgres", "pay" and
// "payload"). Providers come first so that they win over verbs.
constexpr std::array kStems{
    Stem{"stripe"sv, SideEffect::Payment},    Stem{"paypal"sv, SideEffect::Payment},
    Stem{"adyen"sv, SideEffect::Payment},     Stem{"braintree"sv, SideEffect::Payment},
    Stem{"psp"sv, SideEffect::Payment, true}, Stem{"pay"sv, SideEffect::Payment, true},
    Stem{"payment"sv, SideEffect::Payment},   Stem{"card"sv, SideEffect::Payment, true},
    Stem{"charg"sv, SideEffect::Payment},     Stem{"refund"sv, SideEffect::Payment},
    Stem{"invoic"sv, SideEffect::Payment},    Stem{"billing"sv, SideEffect::Payment},
    Stem{"transfer"sv, SideEffect::Payment},  Stem{"debit"sv, SideEffect::Payment},
    Stem{"sendgrid"sv, SideEffect::Email},    Stem{"mailgun"sv, SideEffect::Email},
    Stem{"postmark"sv, SideEffect::Email},    Stem{"ses"sv, SideEffect::Email, true},
    Stem{"smtp"sv, SideEffect::Email},        Stem{"email"sv, SideEffect::Email},
    Stem{"mail"sv, SideEffect::Email},        Stem{"sms"sv, SideEffect::Sms},
    Stem{"twilio"sv, SideEffect::Sms},        Stem{"vonage"sv, SideEffect::Sms},
    Stem{"nexmo"sv, SideEffect::Sms},         Stem{"messagebird"sv, SideEffect::Sms},
    Stem{"apns"sv, SideEffect::Push},         Stem{"fcm"sv, SideEffect::Push, true},
    Stem{"push"sv, SideEffect::Push},         Stem{"notif"sv, SideEffect::Push},
    Stem{"post"sv, SideEffect::Other, true},  Stem{"patch"sv, SideEffect::Other, true},
    Stem{"creat"sv, SideEffect::Other},       Stem{"insert"sv, SideEffect::Other},
    Stem{"updat"sv, SideEffect::Other},       Stem{"send"sv, SideEffect::Other},
    Stem{"submit"sv, SideEffect::Other},      Stem{"book"sv, SideEffect::Other},
    Stem{"order"sv, SideEffect::Other, true}, Stem{"orders"sv, SideEffect::Other, true},
};

// The strongest effect a text names: a named provider or payment outranks a
// generic write verb ("send confirmation" to SendGrid is an email).
SideEffect effectOf(std::string_view text, SideEffect found) {
    for (const std::string& word : justificationWords(text)) {
        for (const Stem& stem : kStems) {
            if (stem.whole ? word != stem.text : !word.starts_with(stem.text))
                continue;
            if (found == SideEffect::None || found == SideEffect::Other)
                found = stem.effect;
            break;
        }
    }
    return found;
}

} // namespace

SideEffect sideEffectOf(const GraphIndex& graph, std::size_t c) {
    const GraphIndex::Index to = graph.to(c);
    const Connection& connection = graph.connection(c);
    SideEffect effect = SideEffect::None;
    // What the target is says most: a payment provider charges whatever the
    // label says. A plain read names none of these words.
    if (graph.kind(to) == ComponentKind::External) {
        effect = effectOf(graph.label(to), effect);
        effect = effectOf(graph.component(to).tech, effect);
        if (const Technology* tech = graph.technology(to))
            effect = effectOf(tech->name, effect);
    }
    effect = effectOf(connection.label, effect);
    return effectOf(connection.protocol, effect);
}

std::string_view fixKeyOf(SideEffect effect) {
    switch (effect) {
    case SideEffect::Payment:
        return "payment";
    case SideEffect::Email:
        return "email";
    case SideEffect::Sms:
        return "sms";
    case SideEffect::Push:
        return "push";
    case SideEffect::Other:
        return "side_effect";
    case SideEffect::None:
        break;
    }
    return {};
}

} // namespace archboard

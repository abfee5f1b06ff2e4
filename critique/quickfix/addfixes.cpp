// Quick fixes that add components and connections: a dead-letter queue, an
// observability component, telemetry, a signal to collect.

#include "critique/quickfix/freespot.h"
#include "critique/quickfix/quickfixers.h"
#include "model/displayname.h"

#include <algorithm>

namespace archboard::quickfixers {

namespace {

// "queue", "stream", "observability component": the kind as a sentence says it.
std::string kindWords(ComponentKind kind) {
    std::string words(toString(kind));
    std::replace(words.begin(), words.end(), '_', ' ');
    return kind == ComponentKind::Observability ? words + " component" : words;
}

// The design's first observability component, as the fix leaves it.
const Component* firstObserver(const FixContext& context) {
    const auto& observers = context.graph().observability();
    return observers.empty()
               ? nullptr
               : context.component(std::string(context.graph().id(observers.front())));
}

std::string addSignal(FixContext& context, Signal signal, std::string_view title) {
    const Component* observer = firstObserver(context);
    if (!observer)
        return std::string(title);
    Component& edited = context.editComponent(observer->id);
    std::vector<Signal> signals = edited.props.observedSignals.value_or(std::vector<Signal>{});
    if (std::find(signals.begin(), signals.end(), signal) == signals.end()) {
        signals.push_back(signal);
        std::sort(signals.begin(), signals.end());
        edited.props.observedSignals = std::move(signals);
        context.say("Collect " + std::string(toString(signal)) + " in " +
                    context.quoted(edited.id) + ", along with what it collects now.");
    }
    return std::string(title) + " in " + context.quoted(edited.id);
}

} // namespace

std::string deadLetterQueue(FixContext& context, Findings findings) {
    for (const Finding* finding : findings) {
        const Component* found = context.component(finding->target);
        if (!found)
            continue;
        const Component queue = *found;
        Component dlq;
        dlq.id = context.newId(queue.id + "-dlq");
        dlq.kind = queue.kind;
        dlq.name = displayName(queue) + " DLQ";
        // As redundant as the queue it serves, on the same technology.
        dlq.tech = queue.tech;
        dlq.replicas = queue.replicas;
        dlq.zones = queue.zones;
        if (!queue.tech.empty())
            dlq.justification = "Holds the poison messages of " + displayName(queue) +
                                " after bounded retries, for people to inspect and redrive.";
        const Component& added = context.addComponent(std::move(dlq), queue.position);
        context.editComponent(queue.id).props.deadLetter = DeadLetter(added.id);
        context.say("Add the " + kindWords(added.kind) + " " + context.quoted(added.id) +
                    " next to " + context.quoted(queue.id) + ".");
        context.say("Send the messages that consumers of " + context.quoted(queue.id) +
                    " fail to process, after bounded retries, to " + context.quoted(added.id) +
                    ", to be inspected and redriven.");
    }
    return "Add Dead-Letter Queue to " + subject(context, findings, "Queues");
}

std::string observability(FixContext& context, Findings) {
    Component observer;
    observer.id = context.newId("observability");
    observer.kind = ComponentKind::Observability;
    observer.name = "Observability";
    // Scope `all`: it hears from every component, drawn or added later, with
    // no telemetry connection to each.
    observer.props.observabilityScope = ObservabilityScope::All;
    observer.props.observedSignals =
        std::vector<Signal>{Signal::Metrics, Signal::Logs, Signal::Traces, Signal::Alerts};
    const Component& added =
        context.addComponent(std::move(observer), belowDrawing(context.design()));
    context.say("Add the " + kindWords(added.kind) + " " + context.quoted(added.id) +
                ", collecting metrics, logs, traces and alerts from every component.");
    return "Add Observability";
}

std::string telemetry(FixContext& context, Findings findings) {
    const Component* observer = firstObserver(context);
    if (!observer)
        return "Send Telemetry";
    for (const Finding* finding : findings) {
        if (!context.component(finding->target))
            continue;
        Connection connection;
        connection.id = context.newId(finding->target + "-" + observer->id);
        connection.from = finding->target;
        connection.to = observer->id;
        connection.kind = ConnectionKind::Telemetry;
        context.say("Connect " + context.quoted(finding->target) + " to " +
                    context.quoted(observer->id) + " with a telemetry connection, so " +
                    context.quoted(observer->id) + " collects its signals.");
        context.addConnection(std::move(connection));
    }
    return "Send Telemetry from " + subject(context, findings, "Components") + " to " +
           context.quoted(observer->id);
}

std::string metricsSignal(FixContext& context, Findings) {
    return addSignal(context, Signal::Metrics, "Collect Metrics");
}

std::string logsSignal(FixContext& context, Findings) {
    return addSignal(context, Signal::Logs, "Collect Logs");
}

std::string tracesSignal(FixContext& context, Findings) {
    return addSignal(context, Signal::Traces, "Collect Traces");
}

std::string alertsSignal(FixContext& context, Findings) {
    return addSignal(context, Signal::Alerts, "Collect Alerts");
}

} // namespace archboard::quickfixers

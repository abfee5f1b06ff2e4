#include "ruleregistry.h"

#include "critique/rules/data/cacheassourceoftruthrule.h"
#include "critique/rules/data/cachenoinvalidationrule.h"
#include "critique/rules/data/deliverymismatchrule.h"
#include "critique/rules/data/dualwriterule.h"
#include "critique/rules/data/multiregionstrongrule.h"
#include "critique/rules/data/recoverypointrule.h"
#include "critique/rules/data/unboundedgrowthrule.h"
#include "critique/rules/failure/cachenofallbackrule.h"
#include "critique/rules/failure/consumernotidempotentrule.h"
#include "critique/rules/failure/deepsyncchainrule.h"
#include "critique/rules/failure/externaloncriticalpathrule.h"
#include "critique/rules/failure/nocircuitbreakerrule.h"
#include "critique/rules/failure/nohealthchecksrule.h"
#include "critique/rules/failure/queuenodlqrule.h"
#include "critique/rules/failure/retrynobackoffrule.h"
#include "critique/rules/failure/retrynotidempotentrule.h"
#include "critique/rules/failure/storenobackupsrule.h"
#include "critique/rules/failure/syncnotimeoutrule.h"
#include "critique/rules/failure/timeoutbudgetrule.h"
#include "critique/rules/justify/consistencymismatchrule.h"
#include "critique/rules/justify/kindmismatchrule.h"
#include "critique/rules/justify/noreasonrule.h"
#include "critique/rules/justify/notechrule.h"
#include "critique/rules/justify/unknowntechrule.h"
#include "critique/rules/justify/weakreasonrule.h"
#include "critique/rules/observe/noalertsrule.h"
#include "critique/rules/observe/nologsrule.h"
#include "critique/rules/observe/nometricsrule.h"
#include "critique/rules/observe/nonerule.h"
#include "critique/rules/observe/notracingrule.h"
#include "critique/rules/observe/queuelagrule.h"
#include "critique/rules/observe/uncoveredrule.h"
#include "critique/rules/reqs/noavailabilityrule.h"
#include "critique/rules/reqs/noscalerule.h"
#include "critique/rules/scale/availabilitybudgetrule.h"
#include "critique/rules/scale/consumerlagrule.h"
#include "critique/rules/scale/hotkeyrule.h"
#include "critique/rules/scale/nocachereadheavyrule.h"
#include "critique/rules/scale/noloadbalancerrule.h"
#include "critique/rules/scale/noratelimitrule.h"
#include "critique/rules/scale/storewritecapacityrule.h"
#include "critique/rules/scale/syncfanoutrule.h"
#include "critique/rules/security/noauthrule.h"
#include "critique/rules/security/publicnotlsrule.h"
#include "critique/rules/security/storeexposedrule.h"
#include "critique/rules/spof/nofailoverrule.h"
#include "critique/rules/spof/shareddependencyrule.h"
#include "critique/rules/spof/singleinstancerule.h"
#include "critique/rules/spof/singleregionrule.h"
#include "critique/rules/spof/singlezonerule.h"
#include "critique/rules/structure/noentryrule.h"
#include "critique/rules/structure/notriggerrule.h"
#include "critique/rules/structure/orphanrule.h"
#include "critique/rules/structure/queueunbalancedrule.h"
#include "critique/rules/structure/unreachablerule.h"

#include <algorithm>
#include <memory>

namespace archboard {

namespace {

struct Registry {
    std::vector<std::unique_ptr<const Rule>> owned;
    std::vector<const Rule*> sorted;

    // One line per rule, sorted by id, which findRule() relies on.
    Registry() {
        // Data and consistency: whether the data stays right when parts fail.
        add<CacheAsSourceOfTruthRule>();
        add<CacheNoInvalidationRule>();
        add<DeliveryMismatchRule>();
        add<DualWriteRule>();
        add<MultiRegionStrongRule>();
        add<RecoveryPointRule>();
        add<UnboundedGrowthRule>();

        // Failure handling: what happens when a call or a message goes wrong.
        add<CacheNoFallbackRule>();
        add<ConsumerNotIdempotentRule>();
        add<DeepSyncChainRule>();
        add<ExternalOnCriticalPathRule>();
        add<NoCircuitBreakerRule>();
        add<NoHealthChecksRule>();
        add<QueueNoDlqRule>();
        add<RetryNoBackoffRule>();
        add<RetryNotIdempotentRule>();
        add<StoreNoBackupsRule>();
        add<SyncNoTimeoutRule>();
        add<TimeoutBudgetRule>();

        // Justification: technology chosen for a reason tied to the requirements.
        add<ConsistencyMismatchRule>();
        add<KindMismatchRule>();
        add<NoReasonRule>();
        add<NoTechRule>();
        add<UnknownTechRule>();
        add<WeakReasonRule>();

        // Observability: whether anyone finds out when something breaks.
        add<NoAlertsRule>();
        add<NoLogsRule>();
        add<NoMetricsRule>();
        add<NoTracingRule>();
        add<NoneRule>();
        add<QueueLagRule>();
        add<UncoveredRule>();

        // Requirements: whether the prompt was turned into numbers.
        add<NoAvailabilityRule>();
        add<NoScaleRule>();

        // Scalability and capacity: whether the design carries the stated load.
        add<AvailabilityBudgetRule>();
        add<ConsumerLagRule>();
        add<HotKeyRule>();
        add<NoCacheReadHeavyRule>();
        add<NoLoadBalancerRule>();
        add<NoRateLimitRule>();
        add<StoreWriteCapacityRule>();
        add<SyncFanoutRule>();

        // Security: who can reach what without proving who they are.
        add<NoAuthRule>();
        add<PublicNoTlsRule>();
        add<StoreExposedRule>();

        // Single points of failure: one thing whose loss takes the product down.
        add<NoFailoverRule>();
        add<SharedDependencyRule>();
        add<SingleInstanceRule>();
        add<SingleRegionRule>();
        add<SingleZoneRule>();

        // Structure: whether the drawing hangs together.
        add<NoEntryRule>();
        add<NoTriggerRule>();
        add<OrphanRule>();
        add<QueueUnbalancedRule>();
        add<UnreachableRule>();
    }

    template <typename R> void add() {
        owned.push_back(std::make_unique<R>());
        sorted.push_back(owned.back().get());
    }
};

const Registry& registry() {
    static const Registry instance;
    return instance;
}

} // namespace

std::span<const Rule* const> allRules() {
    return registry().sorted;
}

const Rule* findRule(std::string_view id) {
    const auto& rules = registry().sorted;
    const auto it =
        std::lower_bound(rules.begin(), rules.end(), id,
                         [](const Rule* rule, std::string_view key) { return rule->id() < key; });
    return it != rules.end() && (*it)->id() == id ? *it : nullptr;
}

} // namespace archboard

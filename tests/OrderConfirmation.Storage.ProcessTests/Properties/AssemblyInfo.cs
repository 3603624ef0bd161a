// Each test runs several writer processes that keep both cores busy; two such tests at once would only slow each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

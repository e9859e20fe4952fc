package dev.logsift.signal;

class InMemoryBudgetStoreTest extends BudgetStoreContract {
  private final InMemoryBudgetStore store = new InMemoryBudgetStore();

  @Override
  BudgetStore store() {
    return store;
  }

  @Override
  BudgetStore sibling() {
    return store;
  }
}

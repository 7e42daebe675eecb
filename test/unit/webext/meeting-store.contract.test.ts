/** The meeting store contract (test/contracts) against the in-memory store every unit test of the worker uses. */
import { meetingStoreContract } from '../../contracts/meeting-store.contract';
import { MemoryStore } from '../../fakes/memory-store';

describe('meeting store contract: MemoryStore (test/fakes)', () => {
  meetingStoreContract(async () => new MemoryStore());
});

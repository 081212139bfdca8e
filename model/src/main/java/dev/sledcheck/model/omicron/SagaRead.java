package dev.sledcheck.model.omicron;

/**
 * What a saga read after locking: the instance's gen and its active VMM ({@code null} when it has
 * none) with that VMM's state. The commit is conditional on the instance gen being unchanged.
 */
public record SagaRead(int instanceGen, VmmId vmm, VmmState vmmState) {

    SagaRead withIds(Ids f) {
        return new SagaRead(instanceGen, Ids.vmm(f, vmm), vmmState);
    }
}

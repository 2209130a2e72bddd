package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.hb.Contracts;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** Which call sites get a contract code, and which family it names. */
class ConcurrentContractsTest {
  private static final SyncCallTable.SubtypeCheck COUNTER_IS_AN_ATOMIC_LONG =
      (owner, superType) ->
          owner.equals("com/example/Counter")
              && superType.equals("java/util/concurrent/atomic/AtomicLong");

  private static int family(int opcode, String owner, String name, String descriptor) {
    int code =
        ConcurrentContracts.codeOf(opcode, owner, name, descriptor, COUNTER_IS_AN_ATOMIC_LONG);
    return code == 0 ? 0 : Contracts.familyOf(code);
  }

  @Test
  void a_compare_and_set_on_an_applications_atomic_long_keeps_the_atomics_contract() {
    assertThat(family(Opcodes.INVOKEVIRTUAL, "com/example/Counter", "compareAndSet", "(JJ)Z"))
        .isEqualTo(Contracts.ATOMIC);
    assertThat(family(Opcodes.INVOKEVIRTUAL, "com/example/Other", "compareAndSet", "(JJ)Z"))
        .isZero();
  }

  @Test
  void calls_through_collection_interfaces_are_decided_at_run_time() {
    assertThat(
            family(
                Opcodes.INVOKEINTERFACE,
                "java/util/Map",
                "get",
                "(Ljava/lang/Object;)Ljava/lang/Object;"))
        .isEqualTo(Contracts.DYNAMIC);
    assertThat(
            family(
                Opcodes.INVOKEVIRTUAL,
                "java/util/HashMap",
                "get",
                "(Ljava/lang/Object;)Ljava/lang/Object;"))
        .as("a HashMap call site is never concurrent")
        .isZero();
    assertThat(family(Opcodes.INVOKEINTERFACE, "java/util/List", "size", "()I"))
        .as("size orders nothing")
        .isZero();
  }

  @Test
  void thread_interrupted_is_a_static_call_and_interrupt_a_virtual_one() {
    assertThat(family(Opcodes.INVOKESTATIC, "java/lang/Thread", "interrupted", "()Z"))
        .isEqualTo(Contracts.THREAD);
    assertThat(family(Opcodes.INVOKEVIRTUAL, "java/lang/Thread", "interrupt", "()V"))
        .isEqualTo(Contracts.THREAD);
    assertThat(family(Opcodes.INVOKEVIRTUAL, "java/lang/Thread", "getName", "()Ljava/lang/String;"))
        .isZero();
  }

  @Test
  void plain_var_handle_modes_have_no_contract_and_volatile_modes_do() {
    String descriptor = "(Ljava/lang/Object;)I";
    assertThat(family(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/VarHandle", "get", descriptor))
        .isZero();
    assertThat(
            family(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/VarHandle", "getAcquire", descriptor))
        .isEqualTo(Contracts.VARHANDLE);
  }

  @Test
  void map_mapping_calls_are_redirected_to_the_bridge() {
    String descriptor = "(Ljava/lang/Object;Ljava/util/function/Function;)Ljava/lang/Object;";
    int code =
        ConcurrentContracts.codeOf(
            Opcodes.INVOKEINTERFACE,
            "java/util/Map",
            "computeIfAbsent",
            descriptor,
            COUNTER_IS_AN_ATOMIC_LONG);
    assertThat(ConcurrentContracts.mappingReplacement(code, "computeIfAbsent", descriptor))
        .isEqualTo(HookNames.MAP_COMPUTE_IF_ABSENT);
  }
}

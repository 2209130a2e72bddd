/**
 * gRPC Java over the in-process transport: its serializing executors, call and stream state
 * machines and flow control, with unary and bidirectional streaming calls from several threads.
 */
package io.lockwatch.compat.grpc;

/**
 * Live config: {@code run} picks up an edited config without a restart.
 *
 * <p>{@link io.tributary.live.ConfigWatcher} notices that a config file (or a file in
 * {@code sources.d/}) changed; {@link io.tributary.live.ConfigReload} loads it and either applies it
 * whole (schedule, river, published site) or rejects it whole, keeping the previous config running
 * and reporting every problem; {@link io.tributary.live.LiveRiver} is the one place polls and pages
 * read the running config from, swapped atomically.
 *
 * <p>This package must not read YAML itself (that is {@code config}), nor fetch, store or render:
 * it only decides which config runs and tells the stages.
 */
package io.tributary.live;

/**
 * JMH benchmarks of the checker's hot paths on real states of the {@code scale} scenario:
 * successor generation, fingerprinting and the visited store. Built only under the {@code bench}
 * profile: {@code mvn -B -Pbench -pl bench -am package -DskipTests}, then
 * {@code java -jar bench/target/benchmarks.jar -f 1 -wi 2 -i 3}.
 */
package dev.sledcheck.bench;

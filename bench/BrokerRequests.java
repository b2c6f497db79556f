import com.sun.tools.attach.VirtualMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the Kafka broker of ./run works on, once a second: its request handler threads' time by request type (the
 * broker's LocalTimeMs), each type's time from arrival to response (TotalTimeMs: a type whose total jumps while its
 * local time does not waited in the queue), the requests by type, and the records taken in by topic. It attaches to
 * the broker's JVM (./run's) through its local JMX agent, so the broker needs no JMX port. Run it beside
 * bench/load.mjs; the second's lines line up with the benchmark's slowest seconds by the clock.
 *
 *   java bench/BrokerRequests.java [pid of ./run's JVM, default: the one running local-stack.jar]
 */
public class BrokerRequests {
    private static final List<String> SHOWN = List.of("handler ms", "total ms", "requests", "records in");

    public static void main(String[] args) throws Exception {
        String pid = args.length > 0 ? args[0] : localStackPid();
        VirtualMachine vm = VirtualMachine.attach(pid);
        MBeanServerConnection broker = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))
                .getMBeanServerConnection();
        Map<String, Double> before = totals(broker);
        while (true) {
            Thread.sleep(1000);
            Map<String, Double> now = totals(broker);
            StringBuilder line = new StringBuilder(String.format("%tT", System.currentTimeMillis()));
            for (String kind : SHOWN) {
                line.append(" | ").append(kind).append(':');
                perSecond(before, now, kind).forEach(e -> line.append(String.format(" %s=%.0f", e.getKey(), e.getValue())));
            }
            System.out.println(line);
            before = now;
        }
    }

    /** The counters since the broker started, by "kind:name". A histogram's sum is its count times its mean. */
    private static Map<String, Double> totals(MBeanServerConnection broker) throws Exception {
        Map<String, Double> totals = new HashMap<>();
        for (String[] metric : List.of(new String[] {"LocalTimeMs", "handler ms"}, new String[] {"TotalTimeMs", "total ms"})) {
            for (ObjectName o : broker.queryNames(
                    new ObjectName("kafka.network:type=RequestMetrics,name=" + metric[0] + ",request=*"), null)) {
                double count = ((Number) broker.getAttribute(o, "Count")).doubleValue();
                double mean = ((Number) broker.getAttribute(o, "Mean")).doubleValue();
                totals.put(metric[1] + ":" + o.getKeyProperty("request"), count * mean);
                totals.put("requests:" + o.getKeyProperty("request"), count);
            }
        }
        for (ObjectName o : broker.queryNames(
                new ObjectName("kafka.server:type=BrokerTopicMetrics,name=MessagesInPerSec,topic=*"), null)) {
            totals.put("records in:" + o.getKeyProperty("topic"), ((Number) broker.getAttribute(o, "Count")).doubleValue());
        }
        return totals;
    }

    /** The six largest increases of one kind, largest first. */
    private static List<Map.Entry<String, Double>> perSecond(Map<String, Double> before, Map<String, Double> now, String kind) {
        List<Map.Entry<String, Double>> grown = new ArrayList<>();
        now.forEach((key, value) -> {
            double delta = value - before.getOrDefault(key, 0.0);
            if (key.startsWith(kind + ":") && delta >= 0.5) {
                grown.add(Map.entry(key.substring(kind.length() + 1), delta));
            }
        });
        grown.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return grown.subList(0, Math.min(6, grown.size()));
    }

    private static String localStackPid() {
        return VirtualMachine.list().stream()
                .filter(d -> d.displayName().contains("local-stack.jar"))
                .map(d -> d.id())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JVM running local-stack.jar: start ./run first"));
    }
}

import com.dianxiaoer.aftersales.domain.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How aftersales-service's keyword rules ({@link Category#detect}) read real after-sales turns, against their labels.
 * Run by bench/aftersales/categories.sh with a temporary file of chat, label, text lines in chat order.
 * "Per turn" reads each turn alone; "the first named stays" is what a case does in ComplaintDesk (a category, once
 * named, is kept for the case); "the last named" keeps the chat's latest category when a turn names none, as the
 * labels do. A second argument names a file to write each turn's reading to.
 */
public class CategoryCheck {
    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            rows.add(line.split("\t", 3));
        }
        report("per turn", rows, Carry.none);
        report("in its chat, the first named stays (as ComplaintDesk)", rows, Carry.first);
        report("in its chat, the last named", rows, Carry.last);
        if (args.length > 1) { // each turn's reading, for categories.py's blend of rules and model
            List<String> said = new ArrayList<>();
            rows.forEach(row -> said.add(Category.detect(row[2]).name()));
            Files.write(Path.of(args[1]), said);
        }
    }

    enum Carry {
        none,
        first,
        last
    }

    static void report(String how, List<String[]> rows, Carry carry) {
        Map<String, int[]> byCategory = new TreeMap<>(); // label -> {support, true positives, answered as}
        Map<String, Integer> confusions = new TreeMap<>();
        String chat = "";
        Category current = Category.other;
        int right = 0;
        for (String[] row : rows) {
            if (!row[0].equals(chat)) {
                chat = row[0];
                current = Category.other;
            }
            Category said = Category.detect(row[2]);
            if (said != Category.other && (carry == Carry.last || current == Category.other)) {
                current = said;
            }
            Category answer = carry == Carry.none ? said : current;
            byCategory.computeIfAbsent(row[1], k -> new int[3])[0]++;
            byCategory.computeIfAbsent(answer.name(), k -> new int[3])[2]++;
            if (answer.name().equals(row[1])) {
                right++;
                byCategory.get(row[1])[1]++;
            } else {
                confusions.merge(row[1] + " → " + answer.name(), 1, Integer::sum);
            }
        }
        System.out.printf("== keyword rules (Category.detect), %s: %d turns, right %.1f%%%n", how, rows.size(),
                100.0 * right / rows.size());
        System.out.printf("%-18s %8s %10s %8s%n", "category", "support", "precision", "recall");
        byCategory.forEach((k, v) -> System.out.printf("%-18s %8d %10.2f %8.2f%n", k, v[0],
                v[2] == 0 ? 0.0 : (double) v[1] / v[2], v[0] == 0 ? 0.0 : (double) v[1] / v[0]));
        System.out.print("worst confusions:");
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .forEach(e -> System.out.print("  " + e.getKey() + " " + e.getValue()));
        System.out.println();
    }
}

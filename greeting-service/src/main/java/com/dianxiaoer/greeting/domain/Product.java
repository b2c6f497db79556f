package com.dianxiaoer.greeting.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A product as the front desk answers about it, from the shop's own data only: the playbook forbids inventing
 * facts. {@code sizeChart} maps height ranges to sizes; {@code authenticity} is what the shop can prove
 * (authorisation, quality report), {@code restockNote} what it knows about restocking.
 */
public record Product(
        String id,
        String name,
        List<String> keywords,
        BigDecimal price,
        int stock,
        List<String> sizes,
        String material,
        List<SizeBand> sizeChart,
        String authenticity,
        String restockNote) {

    public Product {
        keywords = List.copyOf(keywords);
        sizes = List.copyOf(sizes);
        sizeChart = List.copyOf(sizeChart);
    }

    public boolean inStock() {
        return stock > 0;
    }

    /** The size the chart gives for a height in cm, if the chart covers it. */
    public Optional<String> sizeForHeight(int heightCm) {
        return sizeChart.stream()
                .filter(b -> heightCm >= b.minHeightCm() && heightCm <= b.maxHeightCm())
                .map(SizeBand::size)
                .findFirst();
    }

    /** One row of a size chart: heights from min to max (inclusive, cm) wear {@code size}. */
    public record SizeBand(int minHeightCm, int maxHeightCm, String size) {
        public SizeBand {
            if (minHeightCm > maxHeightCm) {
                throw new IllegalArgumentException("size band " + size + " has min height above max height");
            }
        }

        /** Reads "165-170:M". */
        public static SizeBand parse(String text) {
            String[] sizeSplit = text.trim().split(":");
            String[] range = sizeSplit[0].split("-");
            if (sizeSplit.length != 2 || range.length != 2) {
                throw new IllegalArgumentException("size band must look like 165-170:M, was " + text);
            }
            return new SizeBand(
                    Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim()), sizeSplit[1].trim());
        }

        @Override
        public String toString() {
            return minHeightCm + "-" + maxHeightCm + ":" + size;
        }
    }
}

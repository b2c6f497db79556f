package com.dianxiaoer.deploy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The objects of k8s/: the base as written, an overlay's own files, and (where kubectl is installed) a rendered overlay. */
final class Manifests {
    static final Path BASE = Repo.K8S.resolve("base");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Manifests() {}

    static Path overlay(String name) {
        return Repo.K8S.resolve("overlays").resolve(name);
    }

    static Map<String, Object> kustomization(Path dir) {
        return Repo.single(dir.resolve("kustomization.yaml"));
    }

    /** The files a kustomization lists as resources (directories are other kustomizations). */
    static List<Path> resourceFiles(Path dir) {
        return Repo.list(kustomization(dir).get("resources")).stream()
                .map(r -> dir.resolve((String) r).normalize())
                .filter(Files::isRegularFile)
                .toList();
    }

    /** Every object of the files a kustomization lists itself (not those of the bases it includes). */
    static List<Kube.Obj> ownObjects(Path dir, List<String> problems) {
        List<Kube.Obj> objects = new ArrayList<>();
        for (Path file : resourceFiles(dir)) {
            for (Map<String, Object> doc : Repo.documents(file)) {
                objects.add(Kube.read(Repo.ROOT.relativize(file).toString(), doc, problems));
            }
        }
        return objects;
    }

    static List<Kube.Obj> base(List<String> problems) {
        return ownObjects(BASE, problems);
    }

    /** kubectl on the PATH (it carries kustomize), if there is one. */
    static Optional<Path> kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** `kubectl kustomize <overlay>`: exactly what `kubectl apply -k` would send, read strictly. */
    static List<Kube.Obj> rendered(Path kubectl, String overlay, List<String> problems) {
        try {
            Process p = new ProcessBuilder(
                            kubectl.toString(), "kustomize", overlay(overlay).toString())
                    .redirectErrorStream(false)
                    .start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
            }
            List<Kube.Obj> objects = new ArrayList<>();
            for (Map<String, Object> doc : Repo.documents(
                    new InputStreamReader(new ByteArrayInputStream(out), StandardCharsets.UTF_8), overlay)) {
                objects.add(Kube.read("overlays/" + overlay + " (rendered)", doc, problems));
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.thidua.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.domain.StoredFile;
import vn.thidua.submission.domain.StoredFileRepository;
import vn.thidua.submission.domain.SubmissionFileRepository;
import vn.thidua.tenancy.TenantScope;

/**
 * Attachments. Uploads are checked by size, by name (no paths) and by content — the type is sniffed from the
 * bytes, never taken from the file name — and stored under {@code thidua.files.dir}, outside the web root.
 * Downloads: the owning unit, or a unit that received the file with a submission.
 */
@Service
@Transactional(readOnly = true)
public class FileService {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOC = "application/msword";
    private static final Map<String, String> ACCEPTED = Map.of(
            PDF,
            PDF,
            "image/jpeg",
            "image/jpeg",
            "image/png",
            "image/png",
            "application/x-tika-msoffice",
            DOC,
            "application/msword",
            DOC);

    private final StoredFileRepository files;
    private final SubmissionFileRepository submissionFiles;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;
    private final Path root;
    private final DataSize maxSize;
    private final Tika tika = new Tika();
    private final org.springframework.beans.factory.ObjectProvider<FileShare> shares;

    FileService(
            StoredFileRepository files,
            SubmissionFileRepository submissionFiles,
            org.springframework.beans.factory.ObjectProvider<FileShare> shares,
            TenantScope scope,
            ApplicationEventPublisher events,
            @Value("${thidua.files.dir:data/files}") Path root,
            @Value("${thidua.files.max-size:10MB}") DataSize maxSize) {
        this.files = files;
        this.submissionFiles = submissionFiles;
        this.shares = shares;
        this.scope = scope;
        this.events = events;
        this.root = root.toAbsolutePath().normalize();
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Stores an upload of the active unit after checking name, size and content type (also a score's evidence). */
    @PreAuthorize("hasAnyRole('SUBMISSION_PREPARE', 'SCORE_SELF')")
    @Transactional
    public StoredFileSummary store(String fileName, byte[] content) {
        String name = checkName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessException("file.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new BusinessException("file.error.tooLarge", maxSize.toMegabytes());
        }
        String type = sniff(content);
        PortalPrincipal me = CurrentUser.require();
        String key = UUID.randomUUID().toString();
        write(me.activeUnitId(), key, content);
        StoredFile file = files.save(new StoredFile(key, name, type, content.length, sha256(content), me.username()));
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "FILE",
                String.valueOf(file.getId()),
                "UPLOADED",
                "name: %s; type: %s; size: %d".formatted(name, type, content.length)));
        return new StoredFileSummary(file.getId(), me.activeUnitId(), name, type, content.length);
    }

    /**
     * A file for download: uploaded by the active unit, or uploaded by a unit below it and received in a
     * submission of the active unit's inbox, or shared with the active unit by a {@link FileShare} (a published
     * gallery story's attachment). Anything else is "not found".
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public FileContent open(long fileId, long ownerUnitId) {
        long active = CurrentUser.require().activeUnitId();
        StoredFile file;
        if (ownerUnitId == active) {
            file = files.findById(fileId).orElseThrow(() -> new NotFoundException("file"));
        } else {
            if (submissionFiles.findReference(fileId, ownerUnitId).isPresent()) {
                file = scope.readInUnit(ownerUnitId, () -> files.findById(fileId))
                        .orElseThrow(() -> new NotFoundException("file"));
            } else if (shares.stream().anyMatch(share -> share.allows(fileId, ownerUnitId, active))) {
                file = scope.readShared(ownerUnitId, () -> files.findById(fileId))
                        .orElseThrow(() -> new NotFoundException("file"));
            } else {
                throw new NotFoundException("file");
            }
        }
        try {
            byte[] bytes = Files.readAllBytes(pathOf(file.getTenantId(), file.getStorageKey()));
            return new FileContent(file.getId(), file.getFileName(), file.getContentType(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checkName(String fileName) {
        String name = fileName == null ? "" : fileName.trim();
        if (name.isEmpty()
                || name.length() > 200
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.startsWith(".")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':')) {
            throw new BusinessException("file.error.name");
        }
        return name;
    }

    /** The content type from the bytes; OOXML files are recognised by their package parts. */
    String sniff(byte[] content) {
        String detected;
        try {
            detected = tika.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected)) {
            String ooxml = ooxmlType(content);
            if (ooxml != null) {
                return ooxml;
            }
        }
        String accepted = ACCEPTED.get(detected);
        if (accepted == null) {
            throw new BusinessException("file.error.type");
        }
        return accepted;
    }

    private static String ooxmlType(byte[] content) {
        boolean contentTypes = false;
        String type = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                String n = entry.getName();
                if (n.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (n.equals("word/document.xml")) {
                    type = DOCX;
                } else if (n.equals("xl/workbook.xml")) {
                    type = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return contentTypes ? type : null;
    }

    private void write(long unitId, String key, byte[] content) {
        Path target = pathOf(unitId, key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(long unitId, String key) {
        Path path = root.resolve(String.valueOf(unitId)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("Storage key escapes the storage directory");
        }
        return path;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

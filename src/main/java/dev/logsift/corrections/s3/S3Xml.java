package dev.logsift.corrections.s3;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The two XML answers S3 gives us: a ListObjectsV2 page and an error. Parsed with StAX, no DTDs. */
final class S3Xml {
  private static final XMLInputFactory FACTORY = factory();

  private S3Xml() {}

  /** One ListObjectsV2 page; nextToken is null on the last page. */
  record Page(List<String> keys, boolean truncated, String nextToken) {}

  static Page listPage(byte[] xml) throws XMLStreamException {
    List<String> keys = new ArrayList<>();
    boolean truncated = false;
    boolean urlEncoded = false;
    String token = null;
    XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      // Depth 2 is a child of ListBucketResult; Key at depth 3 sits in Contents (CommonPrefixes has Prefix).
      int depth = 0;
      String parent = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String name = r.getLocalName();
        if (depth == 2) {
          parent = name;
          switch (name) {
            case "IsTruncated" -> { truncated = "true".equals(r.getElementText().strip()); depth--; }
            case "NextContinuationToken" -> { token = r.getElementText(); depth--; }
            case "EncodingType" -> { urlEncoded = "url".equals(r.getElementText().strip()); depth--; }
            default -> { }
          }
        } else if (depth == 3 && "Contents".equals(parent) && "Key".equals(name)) {
          keys.add(r.getElementText());
          depth--;
        }
      }
    } finally {
      r.close();
    }
    if (urlEncoded) {
      // Only when S3 says it encoded the keys (encoding-type=url), which we never ask for but honour.
      keys.replaceAll(k -> URLDecoder.decode(k, StandardCharsets.UTF_8));
    }
    return new Page(keys, truncated, token == null || token.isEmpty() ? null : token);
  }

  /**
   * Error.Code of an S3 error body, or "" when there is none or it does not look like a code. S3 names its
   * errors in XML only (no x-amzn-ErrorType, no __type), so http/AwsJsonCall.errorCode cannot read them.
   */
  static String errorCode(byte[] xml) {
    if (xml.length == 0) {
      return "";
    }
    try {
      XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        int depth = 0;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          } else if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2 && "Code".equals(r.getLocalName())) {
              String code = r.getElementText().strip();
              return code.matches("[A-Za-z0-9.]{1,100}") ? code : "";
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException | RuntimeException notXml) {
      return "";
    }
    return "";
  }

  /** An answer from a misconfigured endpoint must not make us fetch files or URLs. */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}

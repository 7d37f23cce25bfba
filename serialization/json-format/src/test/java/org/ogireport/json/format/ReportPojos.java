package org.ogireport.json.format;

import java.math.BigDecimal;

/**
 * The floor of the JSON benchmarks: mutable POJOs with public fields, one class per JSON object
 * of a report of each edition, bound by plain Jackson to the same JSON text that the Jackson modules
 * read and write. Generated once from a compact report of each edition (field order is the
 * canonical key order); each benchmark checks at setup that both write the same text.
 */
@SuppressWarnings({"checkstyle:all", "unused"})
public final class ReportPojos {

  private ReportPojos() {}

  /** An amount cell. */
  public static final class Money {
    public BigDecimal value;
    public String unit;
  }

  public static final class Pojo2019Sections {
    public String overview;
    public String problems;
    public String otherMatters;
  }

  public static final class Pojo2019ProactiveDisclosureRules {
    public long newlyMade;
    public long newlyPublished;
    public long totalPublished;
  }

  public static final class Pojo2019ProactiveDisclosureNormativeDocuments {
    public long newlyMade;
    public long newlyPublished;
    public long totalPublished;
  }

  public static final class Pojo2019ProactiveDisclosureLicensing {
    public long previousYear;
    public long change;
    public long decisions;
  }

  public static final class Pojo2019ProactiveDisclosureOtherServices {
    public long previousYear;
    public long change;
    public long decisions;
  }

  public static final class Pojo2019ProactiveDisclosurePenalties {
    public long previousYear;
    public long change;
    public long decisions;
  }

  public static final class Pojo2019ProactiveDisclosureCompulsion {
    public long previousYear;
    public long change;
    public long decisions;
  }

  public static final class Pojo2019ProactiveDisclosureFees {
    public long previousYear;
    public long change;
  }

  public static final class Pojo2019ProactiveDisclosureProcurement {
    public long projects;
    public Money amount;
  }

  public static final class Pojo2019ProactiveDisclosure {
    public Pojo2019ProactiveDisclosureRules rules;
    public Pojo2019ProactiveDisclosureNormativeDocuments normativeDocuments;
    public Pojo2019ProactiveDisclosureLicensing licensing;
    public Pojo2019ProactiveDisclosureOtherServices otherServices;
    public Pojo2019ProactiveDisclosurePenalties penalties;
    public Pojo2019ProactiveDisclosureCompulsion compulsion;
    public Pojo2019ProactiveDisclosureFees fees;
    public Pojo2019ProactiveDisclosureProcurement procurement;
  }

  public static final class Pojo2019ApplicationsNewReceived {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsCarriedOver {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesGranted {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesPartiallyGranted {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldStateSecret {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldProhibitedByLaw {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldSecurityOrStability {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldThirdPartyRights {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldInternalAffairs {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldProcessInformation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldEnforcementFiles {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheldInquiryMatters {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesWithheld {
    public Pojo2019ApplicationsOutcomesWithheldStateSecret stateSecret;
    public Pojo2019ApplicationsOutcomesWithheldProhibitedByLaw prohibitedByLaw;
    public Pojo2019ApplicationsOutcomesWithheldSecurityOrStability securityOrStability;
    public Pojo2019ApplicationsOutcomesWithheldThirdPartyRights thirdPartyRights;
    public Pojo2019ApplicationsOutcomesWithheldInternalAffairs internalAffairs;
    public Pojo2019ApplicationsOutcomesWithheldProcessInformation processInformation;
    public Pojo2019ApplicationsOutcomesWithheldEnforcementFiles enforcementFiles;
    public Pojo2019ApplicationsOutcomesWithheldInquiryMatters inquiryMatters;
  }

  public static final class Pojo2019ApplicationsOutcomesUnableToProvideNotHeld {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesUnableToProvideNeedsCreation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesUnableToProvideUnclearAfterCorrection {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesUnableToProvide {
    public Pojo2019ApplicationsOutcomesUnableToProvideNotHeld notHeld;
    public Pojo2019ApplicationsOutcomesUnableToProvideNeedsCreation needsCreation;
    public Pojo2019ApplicationsOutcomesUnableToProvideUnclearAfterCorrection unclearAfterCorrection;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessedPetitionOrComplaint {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessedRepeated {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessedPublication {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessedExcessive {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessedConfirmation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesNotProcessed {
    public Pojo2019ApplicationsOutcomesNotProcessedPetitionOrComplaint petitionOrComplaint;
    public Pojo2019ApplicationsOutcomesNotProcessedRepeated repeated;
    public Pojo2019ApplicationsOutcomesNotProcessedPublication publication;
    public Pojo2019ApplicationsOutcomesNotProcessedExcessive excessive;
    public Pojo2019ApplicationsOutcomesNotProcessedConfirmation confirmation;
  }

  public static final class Pojo2019ApplicationsOutcomesOtherHandling {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomesTotal {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019ApplicationsOutcomes {
    public Pojo2019ApplicationsOutcomesGranted granted;
    public Pojo2019ApplicationsOutcomesPartiallyGranted partiallyGranted;
    public Pojo2019ApplicationsOutcomesWithheld withheld;
    public Pojo2019ApplicationsOutcomesUnableToProvide unableToProvide;
    public Pojo2019ApplicationsOutcomesNotProcessed notProcessed;
    public Pojo2019ApplicationsOutcomesOtherHandling otherHandling;
    public Pojo2019ApplicationsOutcomesTotal total;
  }

  public static final class Pojo2019ApplicationsCarriedForward {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2019Applications {
    public Pojo2019ApplicationsNewReceived newReceived;
    public Pojo2019ApplicationsCarriedOver carriedOver;
    public Pojo2019ApplicationsOutcomes outcomes;
    public Pojo2019ApplicationsCarriedForward carriedForward;
  }

  public static final class Pojo2019ReviewAndLitigationReview {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2019ReviewAndLitigationLitigationDirect {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2019ReviewAndLitigationLitigationAfterReview {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2019ReviewAndLitigation {
    public Pojo2019ReviewAndLitigationReview review;
    public Pojo2019ReviewAndLitigationLitigationDirect litigationDirect;
    public Pojo2019ReviewAndLitigationLitigationAfterReview litigationAfterReview;
  }

  public static final class Pojo2019 {
    public String edition;
    public String organ;
    public int year;
    public String publishedOn;
    public Pojo2019Sections sections;
    public Pojo2019ProactiveDisclosure proactiveDisclosure;
    public Pojo2019Applications applications;
    public Pojo2019ReviewAndLitigation reviewAndLitigation;
  }

  public static final class Pojo2021Sections {
    public String overview;
    public String problems;
    public String otherMatters;
  }

  public static final class Pojo2021ProactiveDisclosureRules {
    public long issued;
    public long repealed;
    public long inForce;
  }

  public static final class Pojo2021ProactiveDisclosureNormativeDocuments {
    public long issued;
    public long repealed;
    public long inForce;
  }

  public static final class Pojo2021ProactiveDisclosureLicensing {
    public long decisions;
  }

  public static final class Pojo2021ProactiveDisclosurePenalties {
    public long decisions;
  }

  public static final class Pojo2021ProactiveDisclosureCompulsion {
    public long decisions;
  }

  public static final class Pojo2021ProactiveDisclosureFees {
    public Money amount;
  }

  public static final class Pojo2021ProactiveDisclosure {
    public Pojo2021ProactiveDisclosureRules rules;
    public Pojo2021ProactiveDisclosureNormativeDocuments normativeDocuments;
    public Pojo2021ProactiveDisclosureLicensing licensing;
    public Pojo2021ProactiveDisclosurePenalties penalties;
    public Pojo2021ProactiveDisclosureCompulsion compulsion;
    public Pojo2021ProactiveDisclosureFees fees;
  }

  public static final class Pojo2021ApplicationsNewReceived {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsCarriedOver {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesGranted {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesPartiallyGranted {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldStateSecret {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldProhibitedByLaw {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldSecurityOrStability {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldThirdPartyRights {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldInternalAffairs {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldProcessInformation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldEnforcementFiles {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheldInquiryMatters {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesWithheld {
    public Pojo2021ApplicationsOutcomesWithheldStateSecret stateSecret;
    public Pojo2021ApplicationsOutcomesWithheldProhibitedByLaw prohibitedByLaw;
    public Pojo2021ApplicationsOutcomesWithheldSecurityOrStability securityOrStability;
    public Pojo2021ApplicationsOutcomesWithheldThirdPartyRights thirdPartyRights;
    public Pojo2021ApplicationsOutcomesWithheldInternalAffairs internalAffairs;
    public Pojo2021ApplicationsOutcomesWithheldProcessInformation processInformation;
    public Pojo2021ApplicationsOutcomesWithheldEnforcementFiles enforcementFiles;
    public Pojo2021ApplicationsOutcomesWithheldInquiryMatters inquiryMatters;
  }

  public static final class Pojo2021ApplicationsOutcomesUnableToProvideNotHeld {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesUnableToProvideNeedsCreation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesUnableToProvideUnclearAfterCorrection {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesUnableToProvide {
    public Pojo2021ApplicationsOutcomesUnableToProvideNotHeld notHeld;
    public Pojo2021ApplicationsOutcomesUnableToProvideNeedsCreation needsCreation;
    public Pojo2021ApplicationsOutcomesUnableToProvideUnclearAfterCorrection unclearAfterCorrection;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessedPetitionOrComplaint {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessedRepeated {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessedPublication {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessedExcessive {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessedConfirmation {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesNotProcessed {
    public Pojo2021ApplicationsOutcomesNotProcessedPetitionOrComplaint petitionOrComplaint;
    public Pojo2021ApplicationsOutcomesNotProcessedRepeated repeated;
    public Pojo2021ApplicationsOutcomesNotProcessedPublication publication;
    public Pojo2021ApplicationsOutcomesNotProcessedExcessive excessive;
    public Pojo2021ApplicationsOutcomesNotProcessedConfirmation confirmation;
  }

  public static final class Pojo2021ApplicationsOutcomesOtherHandlingNoCorrection {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesOtherHandlingUnpaidFee {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesOtherHandlingOther {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomesOtherHandling {
    public Pojo2021ApplicationsOutcomesOtherHandlingNoCorrection noCorrection;
    public Pojo2021ApplicationsOutcomesOtherHandlingUnpaidFee unpaidFee;
    public Pojo2021ApplicationsOutcomesOtherHandlingOther other;
  }

  public static final class Pojo2021ApplicationsOutcomesTotal {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021ApplicationsOutcomes {
    public Pojo2021ApplicationsOutcomesGranted granted;
    public Pojo2021ApplicationsOutcomesPartiallyGranted partiallyGranted;
    public Pojo2021ApplicationsOutcomesWithheld withheld;
    public Pojo2021ApplicationsOutcomesUnableToProvide unableToProvide;
    public Pojo2021ApplicationsOutcomesNotProcessed notProcessed;
    public Pojo2021ApplicationsOutcomesOtherHandling otherHandling;
    public Pojo2021ApplicationsOutcomesTotal total;
  }

  public static final class Pojo2021ApplicationsCarriedForward {
    public long naturalPerson;
    public long commercialEnterprise;
    public long researchInstitution;
    public long publicInterestOrganization;
    public long legalServiceAgency;
    public long otherOrganization;
    public long total;
  }

  public static final class Pojo2021Applications {
    public Pojo2021ApplicationsNewReceived newReceived;
    public Pojo2021ApplicationsCarriedOver carriedOver;
    public Pojo2021ApplicationsOutcomes outcomes;
    public Pojo2021ApplicationsCarriedForward carriedForward;
  }

  public static final class Pojo2021ReviewAndLitigationReview {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2021ReviewAndLitigationLitigationDirect {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2021ReviewAndLitigationLitigationAfterReview {
    public long upheld;
    public long corrected;
    public long other;
    public long pending;
    public long total;
  }

  public static final class Pojo2021ReviewAndLitigation {
    public Pojo2021ReviewAndLitigationReview review;
    public Pojo2021ReviewAndLitigationLitigationDirect litigationDirect;
    public Pojo2021ReviewAndLitigationLitigationAfterReview litigationAfterReview;
  }

  public static final class Pojo2021 {
    public String edition;
    public String organ;
    public int year;
    public String publishedOn;
    public Pojo2021Sections sections;
    public Pojo2021ProactiveDisclosure proactiveDisclosure;
    public Pojo2021Applications applications;
    public Pojo2021ReviewAndLitigation reviewAndLitigation;
  }
}

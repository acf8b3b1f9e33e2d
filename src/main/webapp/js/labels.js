// The labels the API's enums show as. Order here is the order pickers offer them in.

export const KINDS = {
  YJS: 'Youth justice service',
  MANAGEMENT_BOARD: 'Management board',
  LOCAL_AUTHORITY: 'Local authority',
  POLICE: 'Police',
  PCC: 'Police and crime commissioner',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  PROBATION: 'Probation',
  OTHER: 'Other partner',
};

export const REGIONS = {
  NORTH_EAST: 'North East',
  NORTH_WEST: 'North West',
  YORKSHIRE_AND_THE_HUMBER: 'Yorkshire and the Humber',
  EAST_MIDLANDS: 'East Midlands',
  WEST_MIDLANDS: 'West Midlands',
  EAST_OF_ENGLAND: 'East of England',
  LONDON: 'London',
  SOUTH_EAST: 'South East',
  SOUTH_WEST: 'South West',
  WALES: 'Wales',
};

export const ROLES = {
  INSPECTORATE_ADMIN: 'Inspectorate admin',
  INSPECTOR: 'Inspector',
  SERVICE_LEAD: 'Service lead',
  BOARD_MEMBER: 'Board member',
  PARTNER: 'Partner',
  VIEWER: 'Viewer',
};

export const INSPECTORATE_ROLES = ['INSPECTORATE_ADMIN', 'INSPECTOR'];
export const WRITER_ROLES = ['INSPECTORATE_ADMIN', 'INSPECTOR', 'SERVICE_LEAD'];

export const label = (labels, value) => labels[value] ?? value ?? '';
export const hasAnyRole = (account, roles) => (account?.roles ?? []).some((r) => roles.includes(r));

/** Partners are every kind that is neither a service nor a board: they serve services. */
export const isPartnerKind = (kind) => !!kind && kind !== 'YJS' && kind !== 'MANAGEMENT_BOARD';

export const RATINGS = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
  NOT_RATED: 'Not rated',
};

export const INSPECTION_KINDS = {
  STANDARD: 'Standard inspection',
  JOINT: 'Joint inspection',
  SHORT_QUALITY_SCREENING: 'Short Quality Screening',
  REINSPECTION: 'Re-inspection',
};

export const INSPECTION_STATUSES = { DRAFT: 'Draft', PUBLISHED: 'Published' };

export const PLAN_STATUSES = {
  DRAFT: 'Draft',
  ENDORSED: 'Endorsed',
  SUBMITTED: 'Submitted',
  ACTIVE: 'Active',
  CLOSED: 'Closed',
};

export const ACTION_STATUSES = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETE: 'Complete',
  BLOCKED: 'Blocked',
  CANCELLED: 'Cancelled',
};

export const RAGS = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

export const ACCEPTANCE = {
  AGREED: 'Agreed',
  PARTLY_AGREED: 'Partly agreed',
  NOT_AGREED: 'Not agreed',
};

export const RECOMMENDATION_STATUSES = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  IMPLEMENTED: 'Closed: implemented',
  CLOSED_NOT_IMPLEMENTED: 'Closed: not implemented',
};

// Re-inspection: what the next inspection found of a previous recommendation.
export const OUTCOMES = {
  MET: 'Met',
  PARTLY_MET: 'Partly met',
  NOT_MET: 'Not met',
  NO_LONGER_APPLICABLE: 'No longer applicable',
};

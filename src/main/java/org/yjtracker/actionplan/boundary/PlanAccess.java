package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.organisation.entity.Organisation;

/**
 * Who may do what with a plan. The service and its board write the plan; a partner sees and updates
 * only the actions its organisation leads; the inspectorate reads every plan. Anything a caller may
 * not see answers 404, as if it were not there.
 */
@ApplicationScoped
public class PlanAccess {

  @PersistenceContext EntityManager em;

  /** Belongs to the service itself or to its management board. */
  boolean ofService(Caller caller, Organisation service) {
    if (caller.organisationIds().contains(service.getId())) {
      return true;
    }
    return em.createNamedQuery(Organisation.BOARD_OF, Organisation.class)
        .setParameter("serviceId", service.getId())
        .getResultStream()
        .anyMatch(board -> caller.organisationIds().contains(board.getId()));
  }

  boolean seesWholePlan(Caller caller, ActionPlan plan) {
    return caller.isInspectorate() || ofService(caller, service(plan));
  }

  boolean seesAction(Caller caller, PlanAction action) {
    return seesWholePlan(caller, action.getPlan())
        || caller.organisationIds().contains(action.getLeadOrganisation().getId());
  }

  /** A partner sees the plan only through the actions its organisations lead. */
  boolean readable(Caller caller, ActionPlan plan) {
    return seesWholePlan(caller, plan)
        || plan.getActions().stream()
            .anyMatch(a -> caller.organisationIds().contains(a.getLeadOrganisation().getId()));
  }

  void requireReadable(Caller caller, ActionPlan plan) {
    if (!readable(caller, plan)) {
      throw new NotFoundException("No plan with id " + plan.getId());
    }
  }

  boolean writesPlan(Caller caller, ActionPlan plan) {
    return caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER)
        && ofService(caller, service(plan));
  }

  void requirePlanWriter(Caller caller, ActionPlan plan) {
    requireReadable(caller, plan);
    if (!writesPlan(caller, plan)) {
      throw new ForbiddenException("Only the service's leads and board members change its plan.");
    }
  }

  boolean writesAction(Caller caller, PlanAction action) {
    return leadsAsPartner(caller, action) || writesPlan(caller, action.getPlan());
  }

  /**
   * A partner writes the actions its organisation leads. Views of many actions ask this per action
   * and whether the caller writes the plan once, which costs a query.
   */
  boolean leadsAsPartner(Caller caller, PlanAction action) {
    return caller.hasAnyRole(Role.PARTNER)
        && caller.organisationIds().contains(action.getLeadOrganisation().getId());
  }

  void requireActionWriter(Caller caller, PlanAction action) {
    if (!seesAction(caller, action)) {
      throw new NotFoundException("No action with id " + action.getId());
    }
    if (!writesAction(caller, action)) {
      throw new ForbiddenException("You cannot change this action.");
    }
  }

  static Organisation service(ActionPlan plan) {
    return plan.getInspection().getService();
  }
}

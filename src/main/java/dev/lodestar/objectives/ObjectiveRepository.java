package dev.lodestar.objectives;

import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, ObjectiveId> {

}

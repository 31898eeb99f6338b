package org.safercommunities.centres;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reporting_centre_training")
class CentreTraining {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String trainee;

	@Column(nullable = false)
	private String course;

	@Column(name = "completed_on", nullable = false)
	private LocalDate completedOn;

	protected CentreTraining() {
	}

	CentreTraining(CompletedTraining training) {
		this.trainee = training.trainee();
		this.course = training.course();
		this.completedOn = training.completedOn();
	}

	public Long getId() { return id; }
	public String getTrainee() { return trainee; }
	public String getCourse() { return course; }
	public LocalDate getCompletedOn() { return completedOn; }

}

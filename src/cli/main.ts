console.log('review-sync');
